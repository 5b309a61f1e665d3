import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makePdf } from '../../test/fixtures/intake/make-pdf.ts';
import { AppError } from '../errors.ts';
import { documentFormat, extractDocumentText } from './extract-text.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('document text', () => {
  it('keeps plain text, dropping a byte-order mark and Windows line ends', async () => {
    const text = await extractDocumentText(utf8('\uFEFFДорогой друг,\r\nстрока два  \r\n'), 'text');
    assert.equal(text, 'Дорогой друг,\nстрока два');
  });
  it('reduces HTML to its readable text: no scripts, styles or navigation', async () => {
    const html =
      '<!doctype html><html><head><style>p{}</style><script>alert(1)</script></head><body><nav>Menu</nav>' +
      '<h1>Open letter</h1><p>The activist <b>Roza Tuletayeva</b> was <a href="/x">sentenced</a>.</p><p>Второй абзац.</p></body></html>';
    const text = await extractDocumentText(utf8(html), documentFormat(utf8(html), 'text/html', 'letter.html'));
    assert.match(text, /Open letter/);
    assert.match(text, /The activist Roza Tuletayeva was sentenced\./);
    assert.match(text, /Второй абзац\./);
    assert.doesNotMatch(text, /alert|Menu|p\{\}|\/x/);
  });
  it('reads the text of every page of a PDF', async () => {
    const pdf = await makePdf([
      ['First page: Vadim Kuramshin was sentenced to 12 years.'],
      ['Second page: the visit of 5-6 December.'],
    ]);
    const bytes = new Uint8Array(pdf);
    assert.equal(documentFormat(bytes, undefined, undefined), 'pdf');
    const text = await extractDocumentText(bytes, 'pdf');
    assert.match(text, /Vadim Kuramshin was sentenced to 12 years\./);
    assert.match(text, /the visit of 5-6 December\./);
    assert.ok(text.indexOf('First page') < text.indexOf('Second page'));
    assert.equal(Buffer.compare(Buffer.from(bytes), pdf), 0, 'the caller’s bytes are left as they were');
  });
  it('refuses what it cannot read with a clear error', async () => {
    await assert.rejects(
      extractDocumentText(utf8('%PDF-1.4 not really'), 'pdf'),
      (e: unknown) => e instanceof AppError && e.code === 'validation_failed',
    );
    assert.throws(
      () => documentFormat(utf8('GIF89a'), 'image/gif', 'x.gif'),
      (e: unknown) => e instanceof AppError && e.code === 'unsupported_media_type',
    );
  });
});

describe('reflowing PDF lines', () => {
  it('joins lines wrapped inside a sentence and keeps real line ends', async () => {
    const { reflow } = await import('./extract-text.ts');
    assert.equal(reflow('was sentenced to\nseven years.\nNext line'), 'was sentenced to seven years.\nNext line');
    assert.equal(reflow('Lyudmila Alexeeva, Head\nValery Borschev'), 'Lyudmila Alexeeva, Head\nValery Borschev');
  });
});
