import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attachment } from '../web/pages/appeal-outputs.pages.ts';
import { markdownBlocks } from './markdown-blocks.ts';

describe('markdownBlocks', () => {
  it('keeps headings, styles, list markers, quotations and link addresses', () => {
    const blocks = markdownBlocks(
      '# Title\n\nSome **bold** and *italic* text with a [link](https://example.org/a).\n\n1. one\n2. two\n\n- dot\n\n> quoted\n\n---\n\n    code',
    );
    assert.deepEqual(
      blocks.map((b) => [b.kind, b.marker, b.runs.map((r) => r.text).join('')]),
      [
        ['heading', null, 'Title'],
        ['paragraph', null, 'Some bold and italic text with a link (https://example.org/a).'],
        ['paragraph', '1.', 'one'],
        ['paragraph', '2.', 'two'],
        ['paragraph', '•', 'dot'],
        ['quote', null, 'quoted'],
        ['rule', null, ''],
        ['code', null, 'code'],
      ],
    );
    const styled = blocks[1]!.runs;
    assert.deepEqual(
      styled.filter((r) => r.bold).map((r) => r.text),
      ['bold'],
    );
    assert.deepEqual(
      styled.filter((r) => r.italic).map((r) => r.text),
      ['italic'],
    );
  });

  it('prints markup as the text it is, and drops addresses that are not web or mail links', () => {
    const [b] = markdownBlocks(
      '<script>alert(1)</script> &amp; [x](javascript:alert(1)) [https://a.org/](https://a.org/)',
    );
    assert.equal(
      b!.runs.map((r) => r.text).join(''),
      '<script>alert(1)</script> & [x](javascript:alert(1)) https://a.org/',
    );
  });
});

describe('attachment', () => {
  it('gives an ASCII file name and an encoded Unicode one', () => {
    assert.equal(
      attachment('open-letter.ru.pdf', 'Открытое "письмо"/(1)*.ru.pdf'),
      `attachment; filename="open-letter.ru.pdf"; filename*=UTF-8''%D0%9E%D1%82%D0%BA%D1%80%D1%8B%D1%82%D0%BE%D0%B5%20%D0%BF%D0%B8%D1%81%D1%8C%D0%BC%D0%BE%20%281%29%20.ru.pdf`,
    );
    assert.equal(attachment('a"é\\.pdf', 'x'), `attachment; filename="a___.pdf"; filename*=UTF-8''x`);
  });
});
