// The deployment files kept in step with the code: no container runtime runs here, so compose.yaml, the Dockerfile,
// .env.example and the systemd unit are read and checked against the settings src/config.ts actually reads.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { ENV_NAMES } from '../../src/config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
// Variables the deployment files use for themselves, not Vigil settings.
const DEPLOYMENT_ONLY = new Set(['VIGIL_DOMAIN', 'POSTGRES_PASSWORD']);

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  networks?: Record<string, { ipv4_address?: string }>;
}

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml')) as {
    services: Record<string, Service>;
    volumes: Record<string, unknown>;
    networks: Record<string, unknown>;
  };
  const service = (name: string): Service => {
    const s = compose.services[name];
    assert.ok(s, `compose.yaml has no ${name} service`);
    return s;
  };
  const [vigil, postgres, proxy] = ['vigil', 'postgres', 'proxy'].map(service) as [Service, Service, Service];

  it('has Vigil, PostgreSQL 16 and a TLS proxy, each with a health check', () => {
    assert.ok(vigil.build, 'Vigil is built from the Dockerfile');
    assert.match(postgres.image ?? '', /^postgres:16/);
    assert.match(proxy.image ?? '', /^caddy:/);
    for (const [name, s] of Object.entries(compose.services))
      assert.ok(s.healthcheck?.test, `${name} has a health check`);
    assert.match(JSON.stringify(vigil.healthcheck?.test), /\/readyz/);
    assert.equal(vigil.depends_on?.postgres?.condition, 'service_healthy');
  });

  it('sets only settings Vigil reads, and wires the proxy in', () => {
    const env = vigil.environment ?? {};
    for (const name of Object.keys(env)) assert.ok(ENV_NAMES.includes(name), `${name} is not read by src/config.ts`);
    assert.match(
      env.VIGIL_DATABASE_URL ?? '',
      /^postgres:\/\/vigil:\$\{POSTGRES_PASSWORD[^}]*\}@postgres:5432\/vigil$/,
    );
    assert.match(env.VIGIL_PUBLIC_URL ?? '', /^https:\/\//);
    const proxyAddress = proxy.networks?.backend?.ipv4_address;
    assert.ok(proxyAddress);
    assert.equal(env.VIGIL_TRUST_PROXY, proxyAddress, 'Vigil trusts forwarded headers from the proxy only');
    assert.equal(vigil.ports, undefined, 'only the proxy is reachable from outside');
    assert.deepEqual(proxy.ports, ['80:80', '443:443']);
  });

  it('keeps data, key and database in named volumes, the key apart from the data', () => {
    const named = (s: Service) => (s.volumes ?? []).map((v) => v.split(':')[0]!).filter((v) => !v.startsWith('.'));
    for (const v of [...named(vigil), ...named(postgres), ...named(proxy)])
      assert.ok(v in compose.volumes, `volume ${v} is declared`);
    const mounts = Object.fromEntries((vigil.volumes ?? []).map((v) => v.split(':').reverse() as [string, string]));
    assert.ok(mounts[vigil.environment!.VIGIL_DATA_DIR!], 'the data folder is a volume');
    assert.ok(mounts[path.dirname(vigil.environment!.VIGIL_SECRET_KEY_FILE!)], 'the key folder is a volume');
    assert.notEqual(
      mounts[vigil.environment!.VIGIL_DATA_DIR!],
      mounts[path.dirname(vigil.environment!.VIGIL_SECRET_KEY_FILE!)],
    );
    assert.ok((proxy.volumes ?? []).some((v) => v.startsWith('./deploy/Caddyfile:')));
    assert.match(read('deploy/Caddyfile'), /reverse_proxy vigil:3000/);
  });
});

describe('.env.example', () => {
  const names = read('.env.example')
    .split('\n')
    .filter((l) => /^[A-Z_]+=/.test(l))
    .map((l) => l.split('=')[0]!);

  it('lists every setting of src/config.ts, and nothing it does not read', () => {
    for (const name of ENV_NAMES) assert.ok(names.includes(name), `${name} is missing from .env.example`);
    for (const name of names)
      assert.ok(ENV_NAMES.includes(name) || DEPLOYMENT_ONLY.has(name), `${name} is not a setting`);
    assert.equal(new Set(names).size, names.length, 'each setting once');
  });
});

describe('Dockerfile', () => {
  const file = read('Dockerfile');
  const stages = file.split('\n').filter((l) => /^FROM /.test(l));

  it('builds in one stage and runs, without the development packages, as a user in another', () => {
    assert.equal(stages.length, 2);
    assert.match(file, /RUN npm ci --engine-strict/);
    assert.match(file, /npm prune --omit=dev/);
    const runtime = file.slice(file.lastIndexOf('\nFROM '));
    assert.match(runtime, /^USER node$/m);
    assert.match(runtime, /^HEALTHCHECK .*\n?.*\/readyz/m);
    assert.match(runtime, /^VOLUME /m);
    assert.match(runtime, /^CMD \["node", "bin\/vigil\.js", "serve"\]$/m);
  });

  it('sets only settings Vigil reads', () => {
    const env = [...file.matchAll(/^\s*(?:ENV\s+)?([A-Z_]+)=/gm)].map((m) => m[1]!).filter((n) => n !== 'NODE_ENV');
    assert.ok(env.length >= 4);
    for (const name of env) assert.ok(ENV_NAMES.includes(name), `${name} is not read by src/config.ts`);
  });
});

describe('deploy/vigil.service', () => {
  it('runs the built CLI as an unprivileged user with its settings from an environment file', () => {
    const unit = read('deploy/vigil.service');
    assert.match(unit, /^User=vigil$/m);
    assert.match(unit, /^EnvironmentFile=\/etc\/vigil\/vigil\.env$/m);
    assert.match(unit, /^ExecStart=\/usr\/bin\/node bin\/vigil\.js serve$/m);
    assert.match(unit, /^UMask=0077$/m);
  });
});
