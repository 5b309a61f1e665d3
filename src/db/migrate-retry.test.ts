// The migrator runs again when only a vanished schema (someone else's, dropped meanwhile) made it fail, never otherwise.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isVanishedSchema, retryVanishedSchema } from './database.ts';

const vanished = Object.assign(new Error('schema "t_0123" does not exist'), { code: '3F000' });

describe('a migrator step and a vanished schema', () => {
  it('recognises only SQLSTATE 3F000, 42P01 and 42703 (a schema, table or column dropped meanwhile)', () => {
    assert.equal(isVanishedSchema(vanished), true);
    assert.equal(
      isVanishedSchema(Object.assign(new Error('relation "t_1.briefings" does not exist'), { code: '42P01' })),
      true,
    );
    assert.equal(
      isVanishedSchema(
        Object.assign(new Error('column "record_id" of relation "record_versions" does not exist'), { code: '42703' }),
      ),
      true,
    );
    assert.equal(isVanishedSchema(Object.assign(new Error('x'), { code: '42601' })), false);
    assert.equal(isVanishedSchema(new Error('schema "t" does not exist')), false);
    assert.equal(isVanishedSchema(undefined), false);
  });

  it('runs the step again until the listing succeeds', async () => {
    let calls = 0;
    const outcome = await retryVanishedSchema(async () => {
      calls++;
      return calls < 3 ? { error: vanished } : { results: [{ status: 'Success' }] };
    });
    assert.equal(calls, 3);
    assert.deepEqual(outcome, { results: [{ status: 'Success' }] });
  });

  it('gives up after the attempts allowed, returning the last failure', async () => {
    let calls = 0;
    const outcome = await retryVanishedSchema(async () => {
      calls++;
      return { error: vanished };
    }, 4);
    assert.equal(calls, 4);
    assert.equal(outcome.error, vanished);
  });

  it('never repeats a step in which a migration ran, nor another error', async () => {
    let calls = 0;
    await retryVanishedSchema(async () => {
      calls++;
      return { error: vanished, results: [{ status: 'Success' }, { status: 'Error' }] };
    });
    assert.equal(calls, 1);
    const other = new Error('syntax error');
    const outcome = await retryVanishedSchema(async () => {
      calls++;
      return { error: other };
    });
    assert.equal(calls, 2);
    assert.equal(outcome.error, other);
    // A migration that names a table that is not there fails at once.
    const missing = Object.assign(new Error('relation "cases" does not exist'), { code: '42P01' });
    const failed = await retryVanishedSchema(async () => {
      calls++;
      return { error: missing, results: [{ status: 'Error' }] };
    });
    assert.equal(calls, 3);
    assert.equal(failed.error, missing);
  });
});
