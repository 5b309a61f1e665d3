// `vigil import --format csv|xlsx|uwazi|popolo` as a user runs it: the dry run's report by line, the exit codes, and the
// register unchanged until a clean file is imported for real.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { countRecords } from '../../src/db/repos/stats.repo.ts';
import { cli, crashDb, type CrashDb } from '../crash/harness.ts';
import { DIALECTS } from '../support/db.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../fixtures/import');
const CSV = path.join(SAMPLES, 'political-prisoners.csv');
const MAP = path.join(SAMPLES, 'political-prisoners.map.json');

for (const dialect of DIALECTS) {
  describe(`vigil import of spreadsheets (${dialect})`, () => {
    let db: CrashDb;
    before(async () => {
      db = await crashDb(dialect);
    });
    after(() => db.cleanup());

    const counts = async () => {
      const h = db.open();
      try {
        return await countRecords(h.db);
      } finally {
        await h.close();
      }
    };

    it('a dry run with a bad row lists it by line and column, exits 1 and writes nothing', async () => {
      const bad = path.join(db.dir, 'bad.csv');
      fs.writeFileSync(bad, fs.readFileSync(CSV, 'utf8').replace('24.04.1982', '31.04.1982'));
      const r = cli(db, ['import', '--format', 'csv', '--map', MAP, '--dry-run', bad]);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(
        r.stdout,
        [
          'line 3: column "Дата рождения": "31.04.1982" is not a real date',
          '5 rows read; 1 with problems: this file would not be imported',
          '',
        ].join('\n'),
      );
      assert.equal(r.stderr, 'vigil: import: 1 problem; nothing was imported\n');
      assert.equal((await counts()).persons, 0);
    });

    it('a clean dry run says what it would write; the import writes it; a second run skips the duplicates', async () => {
      const dry = cli(db, ['import', '--format', 'csv', '--map', MAP, '--dry-run', CSV]);
      assert.equal(dry.code, 0, dry.stderr);
      assert.equal(
        dry.stdout,
        'dry run: 5 rows read, all valid; would import 5 persons, 5 cases, 2 sources, 10 citations; nothing was written\n',
      );
      assert.equal((await counts()).persons, 0);
      const real = cli(db, ['import', '--format', 'csv', '--map', MAP, CSV]);
      assert.equal(real.code, 0, real.stderr);
      assert.equal(real.stdout, 'imported 5 persons, 5 cases, 2 sources, 10 citations from 5 rows\n');
      const after = await counts();
      assert.deepEqual([after.persons, after.cases], [5, 5]);
      const again = cli(db, ['import', '--format', 'csv', '--map', MAP, '--dry-run', CSV]);
      assert.equal(again.code, 0, again.stderr);
      const lines = again.stdout.trim().split('\n');
      assert.equal(lines.length, 6);
      assert.match(
        lines[0]!,
        /^line 2: "Бабарико Виктор Дмитриевич" looks like "Бабарико Виктор Дмитриевич" already in the register \(babariko-viktor-dmitrievich, [0-9A-Z]{26}\): skipped$/,
      );
      assert.equal(
        lines[5],
        'dry run: 5 rows read, all valid; would import nothing; 5 rows skipped as duplicates; nothing was written',
      );
    });

    it('imports Popolo without a map: a person already imported from the spreadsheet in Cyrillic is found in Latin and kept', async () => {
      const r = cli(db, ['import', '--format', 'popolo', path.join(SAMPLES, 'popolo.json')]);
      assert.equal(r.code, 0, r.stderr);
      const [duplicate, unmapped, summary] = r.stdout.trim().split('\n');
      assert.equal(unmapped, 'not imported (not in the map, or not read from this format): areas');
      assert.match(
        duplicate!,
        /^persons\[0\] \(id person\/ales-bialiatski\): "Ales Bialiatski" looks like "Бяляцкий Алесь Викторович" already in the register .*: skipped$/,
      );
      // His membership goes to the person already in the register.
      assert.equal(
        summary,
        'imported 1 organisation, 1 person, 2 memberships, 1 source, 4 citations from 5 rows; 1 row skipped as duplicates',
      );
      const h = db.open();
      try {
        const ales = await h.db
          .selectFrom('persons')
          .select('id')
          .where('family_name', '=', 'Бяляцкий')
          .executeTakeFirstOrThrow();
        const roles = await h.db.selectFrom('memberships').select('role').where('person_id', '=', ales.id).execute();
        assert.deepEqual(
          roles.map((m) => m.role),
          ['Chair'],
        );
      } finally {
        await h.close();
      }
    });

    it('refuses a spreadsheet without a map', () => {
      const noMap = cli(db, ['import', '--format', 'csv', CSV]);
      assert.equal(noMap.code, 1);
      assert.equal(noMap.stderr, 'vigil: --format csv needs --map MAP.json (the column map)\n');
      const popoloMap = cli(db, ['import', '--format', 'popolo', '--map', MAP, path.join(SAMPLES, 'popolo.json')]);
      assert.equal(popoloMap.code, 1);
      assert.equal(
        popoloMap.stderr,
        'vigil: import: --format popolo takes no --map (maps are for csv, xlsx and uwazi)\n',
      );
    });
  });
}
