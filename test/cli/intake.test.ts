// `vigil intake FILE --json` as a user runs it: the proposals' top-level keys, each item with spans, and a PDF report.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { makePdf, reportPages } from '../fixtures/intake/make-pdf.ts';
import { tempDataDir, vigil } from '../support/cli.ts';

import { FIXTURE_LETTER, seedLetters } from '../support/letters.ts';

describe('vigil intake', () => {
  for (const { origin, file: corpus } of seedLetters())
    it(`prints the proposals of the ${origin} letter as JSON, each item with its spans`, () => {
      const env = { VIGIL_DATA_DIR: tempDataDir() };
      const r = vigil(['intake', corpus, '--json', '--date', '2014-12'], env);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout) as Record<string, unknown>;
      for (const key of [
        'language',
        'persons',
        'organisations',
        'events',
        'acts',
        'addressees',
        'occasion',
        'signatories',
      ])
        assert.ok(key in out, key);
      assert.equal(out.language, 'en');
      const lists = ['persons', 'organisations', 'events', 'acts', 'addressees', 'signatories'] as const;
      for (const key of lists) {
        const items = out[key] as { spans: { start: number; end: number; text: string }[] }[];
        assert.ok(items.length > 0, key);
        for (const item of items)
          assert.ok(item.spans.length > 0 && typeof item.spans[0]!.text === 'string', `${key} item without spans`);
      }
      const persons = out.persons as { name: string; roles: string[] }[];
      assert.ok(persons.some((p) => p.name === 'Vadim Kuramshin' && p.roles.includes('human rights defender')));
      const acts = out.acts as {
        person: string | null;
        kind: string;
        date: string | null;
        sentenceMonths: number | null;
      }[];
      assert.ok(acts.some((a) => a.person === 'Vladimir Kozlov' && a.kind === 'sentence' && a.sentenceMonths === 90));
      assert.deepEqual(
        (out.addressees as { name: string; title: string }[]).map((a) => [a.name, a.title]),
        [['Francois Hollande', 'President of the French Republic']],
      );
      const occasion = out.occasion as { title: string; start: string; end: string };
      assert.deepEqual([occasion.start, occasion.end], ['2014-12-05', '2014-12-06']);
      assert.equal(
        (out.signatories as { name: string; title: string | null; organisation: string | null }[]).length,
        4,
      );
      assert.match(String(out.sha256), /^[0-9a-f]{64}$/);

      // The same file again is the same source.
      const again = JSON.parse(vigil(['intake', corpus, '--json', '--date', '2014-12'], env).stdout) as {
        sourceId: string;
      };
      assert.equal(again.sourceId, out.sourceId);
    });

  it('reads a 20-page PDF report and proposes every case in it', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'report.pdf');
    const pages = reportPages(20);
    fs.writeFileSync(file, await makePdf(pages));
    // Each case names its person far from the verb, so each sentence has its victim; the same person given the same
    // length twice without a date is one act told twice, so there is one sentence per person and length written.
    const cases = new Set(
      pages.flat().flatMap((p) => {
        const m = /^The activist (.+?) was arrested .* sentenced to (\d+) years/.exec(p);
        return m ? [`${m[1]} ${m[2]}`] : [];
      }),
    );
    const r = vigil(['intake', file, '--json'], { VIGIL_DATA_DIR: dir });
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      language: string;
      persons: { name: string }[];
      acts: { kind: string; sentenceMonths: number | null }[];
    };
    assert.equal(out.language, 'en');
    assert.equal(out.persons.length, 8);
    assert.equal(
      out.acts.filter((a) => a.kind === 'sentence' && a.sentenceMonths !== null).length,
      cases.size,
      'one sentence per person and length written',
    );
  });

  it('fails with one line for a missing file or a bad option', () => {
    const env = { VIGIL_DATA_DIR: tempDataDir() };
    const missing = vigil(['intake', '/no/such/file.txt', '--json'], env);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^vigil: intake: .* does not exist\n$/);
    assert.equal(vigil(['intake', FIXTURE_LETTER, '--language', 'de'], env).code, 1);
  });
});
