import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, parseTrustProxy } from './config.ts';

describe('config', () => {
  it('defaults to SQLite in ./data on 127.0.0.1:3000, frozen', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.equal(c.host, '127.0.0.1');
    assert.deepEqual(c.database, { dialect: 'sqlite', file: path.resolve('data', 'vigil.db') });
    assert.ok(Object.isFrozen(c) && Object.isFrozen(c.database));
  });

  it('reads PostgreSQL and sqlite: URLs', () => {
    assert.equal(loadConfig({ VIGIL_DATABASE_URL: 'postgres://u:p@127.0.0.1/db' }).database.dialect, 'postgres');
    assert.deepEqual(loadConfig({ VIGIL_DATABASE_URL: 'sqlite:/tmp/x.db' }).database, {
      dialect: 'sqlite',
      file: '/tmp/x.db',
    });
  });

  it('names the bad variable', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty' }),
      (e: unknown) => e instanceof ConfigError && e.message.startsWith('PORT:'),
    );
    assert.throws(() => loadConfig({ PORT: '70000' }), /PORT/);
    assert.throws(() => loadConfig({ VIGIL_LOG_LEVEL: 'loud' }), /VIGIL_LOG_LEVEL/);
    assert.throws(() => loadConfig({ VIGIL_DATABASE_URL: 'mysql://x' }), /VIGIL_DATABASE_URL/);
  });

  it('takes an empty variable as unset, as environment files write it', () => {
    const c = loadConfig({ VIGIL_METRICS_TOKEN: '', SMTP_HOST: '', PORT: '', VIGIL_TRUST_PROXY: '' });
    assert.equal(c.metricsToken, null);
    assert.equal(c.smtp, null);
    assert.equal(c.port, 3000);
    assert.equal(c.trustProxy, false);
    assert.throws(() => loadConfig({ VIGIL_METRICS_TOKEN: 'short' }), /VIGIL_METRICS_TOKEN/);
  });

  it('trusts no proxy by default, and reads true, a hop count or a list of addresses and networks', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(parseTrustProxy('false'), false);
    assert.equal(parseTrustProxy('0'), false);
    assert.equal(parseTrustProxy('true'), true);
    assert.equal(parseTrustProxy('2'), 2);
    assert.deepEqual(parseTrustProxy(' 127.0.0.1, 10.0.0.0/8 ,::1,fd00::/8'), [
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
    ]);
    assert.deepEqual(loadConfig({ VIGIL_TRUST_PROXY: '192.168.1.1' }).trustProxy, ['192.168.1.1']);
    for (const bad of ['proxy.example.org', '10.0.0.0/33', '::1/129', '1.2.3.4/8/2', '127.0.0.1,nope', '1000']) {
      assert.throws(() => loadConfig({ VIGIL_TRUST_PROXY: bad }), /VIGIL_TRUST_PROXY/, bad);
    }
  });

  it('makes cookies Secure always when the public address is https', () => {
    assert.equal(loadConfig({ VIGIL_PUBLIC_URL: 'https://vigil.example.org' }).publicHttps, true);
    assert.equal(loadConfig({ VIGIL_PUBLIC_URL: 'http://vigil.example.org' }).publicHttps, false);
    assert.equal(loadConfig({}).publicHttps, false);
  });
});
