import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

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
    assert.deepEqual(loadConfig({ VIGIL_DATABASE_URL: 'sqlite:/tmp/x.db' }).database, { dialect: 'sqlite', file: '/tmp/x.db' });
  });

  it('names the bad variable', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty' }), (e: unknown) => e instanceof ConfigError && e.message.startsWith('PORT:'));
    assert.throws(() => loadConfig({ PORT: '70000' }), /PORT/);
    assert.throws(() => loadConfig({ VIGIL_LOG_LEVEL: 'loud' }), /VIGIL_LOG_LEVEL/);
    assert.throws(() => loadConfig({ VIGIL_DATABASE_URL: 'mysql://x' }), /VIGIL_DATABASE_URL/);
  });

  it('takes an empty variable as unset, as environment files write it', () => {
    const c = loadConfig({ VIGIL_METRICS_TOKEN: '', SMTP_HOST: '', PORT: '' });
    assert.equal(c.metricsToken, null);
    assert.equal(c.smtp, null);
    assert.equal(c.port, 3000);
    assert.throws(() => loadConfig({ VIGIL_METRICS_TOKEN: 'short' }), /VIGIL_METRICS_TOKEN/);
  });
});
