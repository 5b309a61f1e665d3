// Signature blocks and signer lists of unseen shapes: lines set apart by blank lines, a role written after the name
// with no comma, a one-word name, "The signatories are A, title; B, title", a Russian list in an oblique case, and a
// speaker's line that is no signature. Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { propose } from './propose.ts';
import { loadRussianMorph } from './russian-morph.ts';
import { readItem } from './signature-lists.ts';
import { obliqueName } from './russian-morph.ts';
import { findStructuralSigners } from './signer-structure.ts';
import { sentences } from './tokens.ts';

const signers = (text: string) => propose({ text }).signatories.map((s) => s.name);

describe('signature blocks and lists of signers', () => {
  before(async () => {
    await loadRussianMorph();
  });

  it('reads a role written after the name with no comma as the title', () => {
    const line = 'Prof. Anna Leontyeva Executive Director, Steppe Press Centre';
    const item = readItem(line, 0, line.length);
    assert.equal(item?.name, 'Anna Leontyeva');
    assert.equal(item?.title, 'Executive Director, Steppe Press Centre');
    // A name that is whole stays whole.
    const plain = 'Anna Leontyeva, Steppe Press Centre';
    assert.equal(readItem(plain, 0, plain.length)?.name, 'Anna Leontyeva');
  });

  it('reads signatures one a paragraph under the last paragraph, a one-word name among them', () => {
    const text = [
      'Dear Minister,',
      '',
      'We ask you to raise the case of the jailed editors of the Valley Courier with your counterpart this week.',
      '',
      '',
      'Dr. Marta Kovalenko General Secretary, Free Word Centre',
      '',
      'Oleg Brandt',
      '',
      'Vanaprastha, Writers Club of Delhi',
      '',
      'Irina Solberg, President, Free Word Oslo',
    ].join('\n');
    assert.deepEqual(
      findStructuralSigners(text, sentences(text, 'en'), true).map((f) => [f.name, f.title]),
      [
        ['Marta Kovalenko', 'General Secretary, Free Word Centre'],
        ['Oleg Brandt', null],
        ['Vanaprastha', 'Writers Club of Delhi'],
        ['Irina Solberg', 'President, Free Word Oslo'],
      ],
    );
    // The reading from the foot up passes over the line it cannot read and keeps the signatures around it.
    assert.deepEqual(signers(text).slice(0, 2), ['Marta Kovalenko', 'Oleg Brandt']);
    assert.ok(signers(text).includes('Irina Solberg'));
  });

  it('reads each "Name, organisation" line under a heading as a signer of its own, not the title of the name above', () => {
    const text = [
      'Dear Mr. President,',
      '',
      'We urge you to veto the bill on foreign representatives before it takes effect next month.',
      '',
      'Members of the Valley Network',
      'Aigul Serikova, Clean Water Alliance',
      'Lira Temirbek, Coalition for Fair Courts',
      'Bakyt Omarov, Mountain Voices',
    ].join('\n');
    assert.deepEqual(signers(text), ['Aigul Serikova', 'Lira Temirbek', 'Bakyt Omarov']);
  });

  it('takes the names of "the signatories are …" and passes over their titles, awards and relatives', () => {
    const text =
      'Over 80 public figures have signed a letter for the release of the detained reporters.\n\nThe signatories are, in particular, Tomas Verhoef, former Prime Minister of Norland; Ada Lindqvist, Nobel Peace Prize Laureate, and Paulo Serrano, Chairman of the Serrano Foundation for Memory and son of the late Jorge Serrano; Nina Holt, CEO of Brightline.\n\nSignatory Jonas Ek, Vice Chair of the Harbour Compact, said the letter was long overdue.';
    assert.deepEqual(signers(text), ['Tomas Verhoef', 'Ada Lindqvist', 'Paulo Serrano', 'Nina Holt', 'Jonas Ek']);
  });

  it('does not take names in an oblique case before «потребовали» as those who signed', () => {
    assert.equal(obliqueName('Виктора Петрова'), true);
    assert.equal(obliqueName('Марии Ивановой'), true);
    assert.equal(obliqueName('Виктор Петров'), false);
    const text =
      '20 писателей, в том числе Анна Смирнова, потребовали ответа.\n\nУзнать о судьбе заключённых, в том числе Виктора Петрова и Марии Ивановой, потребовали в открытом письме писатели.';
    assert.deepEqual(signers(text), ['Анна Смирнова']);
  });

  it('does not take a speaker’s line in a transcript for a signature', () => {
    const text = 'Программа о правах человека.\n\nОлег Ракитин: В обращении названы двенадцать фамилий.';
    assert.deepEqual(signers(text), []);
  });
});
