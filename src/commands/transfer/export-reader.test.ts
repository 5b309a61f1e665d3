import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExportReader, StreamingReader, type Item } from './export-reader.ts';

/** A document in the layout an export has: one record per line, Cyrillic text, a sealed-key section, empty sections. */
const DOC = [
  '{"format":"vigil-export","version":3,',
  '"sealedUnder":[',
  '{"keyId":"k1","fingerprint":"ab"}',
  '],',
  '"persons":[',
  '{"id":"P1","name":"Попов Андрей","other_names":[{"name":"Andrei Popov"}],"n":1.5e3},',
  '{"id":"P2","name":"Roza \\"R\\" Tulegenova","links":[]},',
  '{"id":"P3","note":"a line\\nbreak, a bracket ] and a brace }"}',
  '],',
  '"events":[',
  '],',
  '"cases":[',
  '{"id":"C1","title":"Дело","persons":["P1","P2"]}',
  ']',
  '}',
  '',
].join('\n');

/** What a reader gives for `text` fed in chunks of `size` bytes (splitting lines and characters), errors as messages. */
function read(reader: ExportReader | StreamingReader, text: string, size: number): unknown[] {
  const bytes = Buffer.from(text);
  const items: Item[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    reader.write(bytes.subarray(at, at + size));
    items.push(...reader.take());
  }
  reader.end();
  items.push(...reader.take());
  // Only the first error counts: the loader stops there.
  const firstError = items.findIndex((i) => i.t === 'error');
  return (firstError === -1 ? items : items.slice(0, firstError + 1)).map((i) =>
    i.t === 'error' ? { t: 'error', message: i.error.message } : i,
  );
}

/** Reads `text` with both readers in several chunkings and checks they agree; returns the line reader's result. */
function same(text: string): { items: unknown[]; byLines: boolean } {
  const expected = read(new StreamingReader(), text, 64 * 1024);
  let byLines = true;
  for (const size of [1, 7, 100, 64 * 1024]) {
    const reader = new ExportReader();
    assert.deepEqual(read(reader, text, size), expected, `chunks of ${size} bytes`);
    byLines = reader.byLines;
  }
  return { items: expected, byLines };
}

describe('export reader', () => {
  it('reads a document of one record per line with the native parser, giving what the tokenizer gives', () => {
    const { items, byLines } = same(DOC);
    assert.equal(byLines, true);
    assert.deepEqual(
      items.map((i) => {
        const item = i as Item;
        return item.t === 'record' ? `${item.section}[${item.index}]` : item.t === 'member' ? item.name : 'error';
      }),
      [
        'format',
        'version',
        'sealedUnder',
        'sealedUnder[0]',
        'persons',
        'persons[0]',
        'persons[1]',
        'persons[2]',
      ].concat(['events', 'cases', 'cases[0]']),
    );
    assert.deepEqual((items[5] as { value: unknown }).value, JSON.parse(DOC.split('\n')[5]!.slice(0, -1)));
    // The last line may lack its newline.
    assert.equal(same(DOC.trimEnd()).byLines, true);
  });

  it('hands any other layout to the tokenizer, from the start or from the line where the layout changes', () => {
    // Indented as JSON.stringify(…, null, 2) would write it.
    const pretty = JSON.stringify(JSON.parse(DOC), null, 2);
    assert.equal(same(pretty).byLines, false);
    assert.equal(same(JSON.stringify(JSON.parse(DOC))).byLines, false);
    assert.equal(same(DOC.replaceAll('\n', '\r\n')).byLines, false);
    // A record spread over two lines, in the middle of a section: the records before it come from the lines.
    const split = DOC.replace('"links":[]}', '"links":\n[]}');
    const { items, byLines } = same(split);
    assert.equal(byLines, false);
    assert.equal(items.filter((i) => (i as Item).t === 'record').length, 5);
    // Two members on the first line, a space after a colon, white space after the end.
    assert.equal(same(DOC.replace('"version":3,', '"version":3,"extra":1,')).byLines, false);
    assert.equal(same(DOC.replace('"version":3,', '"version": 3,')).byLines, false);
    assert.equal(same(`${DOC}  \n\n`).byLines, true);
  });

  it('reports a syntax error or a truncated document exactly as the tokenizer does, wherever the document breaks', () => {
    const bytes = Buffer.from(DOC);
    // Every cut: the same items and the same error (byte, line, record named).
    for (let cut = 0; cut < bytes.length; cut++) same(bytes.subarray(0, cut).toString('latin1'));
    for (const broken of [
      DOC.replace('"version":3,', '"version":3,,'),
      DOC.replace('"P2",', '"P2",,'),
      DOC.replace('{"id":"P3"', '{"id":"P3",'),
      DOC.replace('"Дело",', '"Дело" '),
      DOC.replace('],\n"events"', ',],\n"events"'),
      DOC.replace('}\n\n', '}\n}\n').replace(/\n$/, ''),
      `${DOC}x`,
      DOC.replace('\n"cases":[', '\n"cases":['.repeat(2)),
      DOC.replace('"persons":[', '"persons":[]'),
      DOC.replace('"persons":[', '"persons":{'),
      DOC.replace('"persons":[', '7:['),
      DOC.replace(']\n}', ']\n]'),
      DOC.replace(']\n}', '],\n}'),
    ]) {
      const { items } = same(broken);
      assert.ok(items.length > 0);
    }
    const truncated = same(DOC.slice(0, DOC.indexOf('"Andrei')));
    assert.match(
      JSON.stringify(truncated.items.at(-1)),
      /persons\[0\] \(id P1\): JSON syntax error at byte \d+ \(line 6\): the document ends early/,
    );
  });
});
