// The form engine on its own: posted fields to schema input, empty and removed rows, error placement, reference fallbacks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from 'preact-render-to-string';
import { h } from 'preact';
import { i18nFor } from '../../src/i18n/i18n.ts';
import { formErrors } from '../../src/web/views/forms/errors.ts';
import { ScalarField } from '../../src/web/views/forms/fields.tsx';
import { FORM_SPECS } from '../../src/web/views/forms/specs.ts';
import { fromPosted, withAddedRow, withoutEmptyRows } from '../../src/web/views/forms/state.ts';
import { toInput } from '../../src/web/views/forms/to-input.ts';
import { NO_ERRORS } from '../../src/web/views/forms/errors.ts';

const caseFields = FORM_SPECS.case.fields;

describe('form engine', () => {
  it('turns posted case fields into schema input: blanks dropped, boxes as booleans, numbers parsed, empty rows gone', () => {
    const posted = {
      title: ' Trial ',
      subject: { type: 'person', id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' },
      country: 'KZ',
      status: 'unknown',
      court: '',
      sentence: { kind: 'prison', months: '90', startDate: '' },
      acts: [
        {
          kind: 'arrest',
          date: '2012',
          dateApprox: 'true',
          certainty: 'alleged',
          place: { country: '', locality: '', lat: '', lon: '' },
        },
        { kind: '', date: '', certainty: 'alleged', place: {} },
        { kind: 'torture', _remove: 'true' },
      ],
      designations: { 0: { kind: 'political_prisoner', issuerName: 'Memorial', criteria: ['a', 'c'] } },
      eventIds: [{ id: '' }],
      summary: 'a\r\nb',
      unknownField: 'ignored',
    };
    const input = toInput(caseFields, withoutEmptyRows(caseFields, fromPosted(caseFields, posted)));
    assert.equal(input.title, 'Trial');
    assert.equal(input.court, undefined);
    assert.deepEqual(input.sentence, { kind: 'prison', months: 90, startDate: undefined });
    assert.equal((input.acts as unknown[]).length, 1);
    assert.deepEqual((input.acts as Record<string, unknown>[])[0]!.dateApprox, true);
    assert.deepEqual((input.designations as Record<string, unknown>[])[0]!.criteria, ['a', 'c']);
    assert.deepEqual(input.eventIds, []);
    assert.equal(input.summary, 'a\nb');
    assert.ok(!('unknownField' in input));
    const blankSentence = toInput(
      caseFields,
      fromPosted(caseFields, { sentence: { kind: '', months: '', startDate: '' } }),
    );
    assert.equal(blankSentence.sentence, undefined, 'an untouched optional object is left out');
  });

  it('adds a row to one group only, and places issues on fields, rows and groups', () => {
    const state = withAddedRow(caseFields, fromPosted(caseFields, { charges: [{ law: 'Code' }] }), 'charges');
    assert.equal((state.charges as unknown[]).length, 2);
    const i = i18nFor('en');
    const errors = formErrors(i, caseFields, state, [
      { field: 'charges.1', message: 'a charge needs a law, an article or a text' },
      { field: 'designations.0.criteria.2', message: 'Invalid option: expected one of "a"|"b"' },
      { field: 'sentence.months', message: 'Invalid input: expected int, received number' },
      { field: '(body)', message: 'something general' },
    ]);
    assert.equal(errors.byId.get('f-charges-1'), i.t('edit.error.charge'));
    assert.equal(
      errors.byId.get('f-designations'),
      i.t('edit.error.choice'),
      'no designation rows: the group carries it',
    );
    assert.equal(errors.byId.get('f-sentence-months'), i.t('edit.error.number'));
    assert.equal(errors.list.length, 4);
    assert.equal(errors.list[3]!.id, undefined);
    assert.equal(errors.list[0]!.label, 'Charge 2');
  });

  it('offers a select of candidates when they are few, and a text input for the id when there are too many', () => {
    const i = i18nFor('ru');
    const f = FORM_SPECS.membership.fields[0]!;
    const few = render(
      h(ScalarField, {
        ctx: { i, errors: NO_ERRORS, candidates: { person: [{ id: 'X1', label: 'Роза' }] } },
        f,
        path: ['personId'],
        value: 'X1',
      }),
    );
    assert.match(few, /<select id="f-personId" name="personId"[^>]*>.*<option value="X1" selected>Роза<\/option>/);
    const many = render(
      h(ScalarField, {
        ctx: { i, errors: NO_ERRORS, candidates: { person: 'many' } },
        f,
        path: ['personId'],
        value: 'X1',
      }),
    );
    assert.match(many, /<input type="text" id="f-personId" name="personId" value="X1"/);
    assert.ok(many.includes(`id="f-personId-hint">${i.t('edit.hint.refId')}<`));
    assert.match(many, /aria-describedby="f-personId-hint"/);
  });
});
