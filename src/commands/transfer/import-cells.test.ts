import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CellError, readDate, readList, readSentence, splitName } from './import-cells.ts';
import { parseImportMap } from './import-map.ts';
import { readCsv, readXlsx } from './read-table.ts';
import writeXlsxFile from 'write-excel-file/node';

describe('reading spreadsheet cells', () => {
  it('reads dates in a layout, known to the day, the month or the year', () => {
    assert.equal(readDate('28.11.1963', 'DD.MM.YYYY'), '1963-11-28');
    assert.equal(readDate('1.2.1963', 'DD.MM.YYYY'), '1963-02-01');
    assert.equal(readDate('11.1963', 'DD.MM.YYYY'), '1963-11');
    assert.equal(readDate('1963', 'DD.MM.YYYY'), '1963');
    assert.equal(readDate('11/28/1963', 'MM/DD/YYYY'), '1963-11-28');
    assert.equal(readDate('11/1963', 'MM/DD/YYYY'), '1963-11');
    assert.equal(readDate('1963-11', undefined), '1963-11');
    assert.equal(readDate(1963, undefined), '1963');
    assert.equal(readDate(new Date(Date.UTC(1963, 10, 28)), undefined), '1963-11-28');
    assert.throws(
      () => readDate('29.02.1963', 'DD.MM.YYYY'),
      (e) => e instanceof CellError && e.message === '"29.02.1963" is not a real date',
    );
    assert.throws(() => readDate('28.11.1963', undefined), /is not a date as YYYY, YYYY-MM or YYYY-MM-DD/);
    assert.throws(() => readDate('1963-13', 'YYYY-MM-DD'), /is not a real date|is not a date/);
  });

  it('reads sentence lengths written out, in English and Russian, and bare numbers in the unit asked for', () => {
    assert.deepEqual(readSentence('7 years 6 months'), { months: 90, suspended: false });
    assert.deepEqual(readSentence('7 лет 6 месяцев'), { months: 90, suspended: false });
    assert.deepEqual(readSentence('8 лет и 6 месяцев'), { months: 102, suspended: false });
    assert.deepEqual(readSentence('семь с половиной лет'), { months: 90, suspended: false });
    assert.deepEqual(readSentence('3 года условно'), { months: 36, suspended: true });
    assert.deepEqual(readSentence('7.5'), { months: 90, suspended: false });
    assert.deepEqual(readSentence(18, 'months'), { months: 18, suspended: false });
    assert.throws(() => readSentence('life'), /could not read a length from "life"/);
    assert.throws(() => readSentence('7.3'), /not a whole number of months/);
  });

  it('splits full names in the order given, and lists on their separators', () => {
    assert.deepEqual(splitName('Бабарико Виктор Дмитриевич', 'family-given-patronymic'), {
      familyName: 'Бабарико',
      givenName: 'Виктор',
      patronymic: 'Дмитриевич',
    });
    assert.deepEqual(splitName('Бабарико Виктор', 'family-given-patronymic'), {
      familyName: 'Бабарико',
      givenName: 'Виктор',
    });
    assert.deepEqual(splitName('Maria Kalesnikava', 'given-family'), { givenName: 'Maria', familyName: 'Kalesnikava' });
    assert.deepEqual(splitName('Mukhtar Kabulovich Ablyazov', 'given-patronymic-family'), {
      givenName: 'Mukhtar',
      patronymic: 'Kabulovich',
      familyName: 'Ablyazov',
    });
    assert.deepEqual(splitName('Madonna', 'given-family'), {});
    assert.deepEqual(readList('activist; journalist |blogger', undefined), ['activist', 'journalist', 'blogger']);
    assert.deepEqual(readList('ст. 235, ст. 430', '/'), ['ст. 235, ст. 430']);
  });

  it('numbers CSV rows by the line they start on, across quoted line breaks and blank lines, with ; or , as delimiter', () => {
    const t = readCsv('\uFEFFName;Note\nA B;"two\nlines"\n\nC D;x\n');
    assert.deepEqual(t.header, ['Name', 'Note']);
    assert.deepEqual(
      t.rows.map((r) => [r.at, r.cells.Name]),
      [
        ['line 2', 'A B'],
        ['line 5', 'C D'],
      ],
    );
    assert.equal(readCsv('a,b\n1,2\n').rows[0]!.cells.b, '2');
  });

  it('numbers XLSX rows as the spreadsheet does, after blank rows above the header', async () => {
    const bytes = await writeXlsxFile(
      [
        [null, null],
        [{ value: 'Name' }, { value: 'Born' }],
        [null, null],
        [{ value: 'A B' }, { value: 1990 }],
      ] as never,
      { sheet: 'Лист1' },
    ).toBuffer();
    const t = await readXlsx(bytes);
    assert.deepEqual(t.header, ['Name', 'Born']);
    assert.deepEqual(
      t.rows.map((r) => [r.at, r.cells.Name, r.cells.Born]),
      [['sheet "Лист1", row 4', 'A B', 1990]],
    );
    await assert.rejects(readXlsx(bytes, 'Sheet9'), /XLSX: no sheet "Sheet9" \(the workbook has: Лист1\)/);
    await assert.rejects(readXlsx(Buffer.from('not a workbook')), /XLSX: the file could not be read/);
  });

  it('refuses a map with an unknown type, field or option, or "split" on a field that is not a name', () => {
    assert.throws(() => parseImportMap({ type: 'prisoner', columns: { A: 'name' } }), /^AppError: map: type: /);
    assert.throws(
      () => parseImportMap({ type: 'case', columns: { A: 'name' } }),
      /map: column "A": unknown field "name"; the fields of a case row are: title, .*person\.name/,
    );
    assert.throws(
      () => parseImportMap({ type: 'person', columns: { A: { field: 'name', colour: 'red' } } }),
      /map: columns\.A/,
    );
    assert.throws(
      () => parseImportMap({ type: 'person', columns: { A: { field: 'summary', split: 'given-family' } } }),
      /"split" applies only to a name field/,
    );
    assert.throws(
      () => parseImportMap({ type: 'person', columns: { A: 'name' }, constants: { country: 'BY' } }),
      /map: constants: unknown field "country"/,
    );
    assert.throws(
      () => parseImportMap({ type: 'person', dateFormat: 'dd.mm.yy', columns: { A: 'name' } }),
      /map: dateFormat: expected a date layout/,
    );
    assert.throws(
      () => parseImportMap({ type: 'person', columns: { A: { field: 'name', role: 'Chair' } } }),
      /"role" applies only to an Uwazi "memberOf" relationship/,
    );
    assert.deepEqual(parseImportMap({ type: 'person', columns: { A: 'name' } }).columns, { A: { field: 'name' } });
  });
});
