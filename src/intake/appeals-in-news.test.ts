// Who appeals and to whom, as news of an appeal and a letter's address block tell it: legislators named with party and
// state, "request that President X", a body's own call to free someone, and the lines of a copy or a subject.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propose } from './propose.ts';

const signers = (text: string) => propose({ text }).signatories.map((s) => s.name);
const addressees = (text: string) => propose({ text }).addressees.map((a) => a.name);

describe('appeals told in the news', () => {
  it('reads legislators named with party and state who lead or ask, and whom they ask', () => {
    const text =
      'Today a group of senators, led by Senators Laura Finch (D-OR) and Tom Walsh (R-TX), request that President Arif Gasimov of Norland free the activist Emin Aliyev, according to a letter released on Monday.';
    assert.deepEqual(signers(text).sort(), ['Laura Finch', 'Tom Walsh']);
    assert.deepEqual(addressees(text), ['Arif Gasimov']);
  });
  it('takes no legislator who only speaks, nor one in a text about no letter', () => {
    assert.deepEqual(signers('Senator Laura Finch (D-OR) said the trial was unfair; a letter may follow.'), []);
    assert.deepEqual(signers('Senators Laura Finch (D-OR) and Tom Walsh (R-TX) urged restraint.'), []);
  });
  it('reads a body calling for someone to be freed as the one appealing, not a headline over a letter', () => {
    assert.deepEqual(
      signers(
        'Reporters sans frontières (RSF) réclame la remise en liberté immédiate du journaliste Daulet Seitov, arrêté le 10 février.',
      ),
      ['Reporters sans frontières'],
    );
    assert.deepEqual(
      signers('The Nordic Press Council welcomes the ruling and calls on the government to protect journalists.'),
      [],
    );
  });
});

describe('bodies stating their concern at the opening', () => {
  it('reads the bodies that "are particularly concerned" or are "appalled" in the first lines as the ones issuing it', () => {
    assert.deepEqual(
      signers(
        'Open Press Watch, the Nordic Press Council and PEN Norland are particularly concerned by the detention of journalists in Norland.',
      ),
      ['Open Press Watch', 'Nordic Press Council', 'PEN Norland'],
    );
    assert.deepEqual(
      signers('Civil Rights Defenders is appalled by the sentences handed down to journalists in Norland.'),
      ['Civil Rights Defenders'],
    );
  });
  it('takes no body named only as what the writers belong to, and none far into the text', () => {
    assert.deepEqual(
      signers(
        'We, the undersigned members of the Open Press Network, are dismayed by the sentences upheld against Rasul Guliyev.',
      ),
      [],
    );
    const far = `${'The trial went on for months and the court heard many witnesses. '.repeat(25)}Open Press Watch is concerned by the verdict.`;
    assert.deepEqual(signers(far), []);
  });
});

describe('whom the appeal goes to, told in a sentence', () => {
  it('reads « A l’attention du Président de la République française, M. X » without the honorific in the title', () => {
    const text = [
      'Lettre ouverte au Président de la République, M. Durand',
      'A l’attention du Président de la République française, M. Paul Durand!',
      'Monsieur le Président, nous vous écrivons au sujet des prisonniers politiques.',
    ].join('\n');
    assert.deepEqual(
      propose({ text }).addressees.map((a) => [a.name, a.title]),
      [['Paul Durand', 'Président de la République française']],
    );
  });
  it('reads "demanding that President X release" and "call on …, specifically the President of Y, X, to release"', () => {
    assert.deepEqual(
      addressees(
        'Activists launched a petition demanding that President Arman Seitov release the jailed poet Ruslan Bekov.',
      ),
      ['Arman Seitov'],
    );
    assert.deepEqual(
      addressees(
        'We, the undersigned, call on the Norland government, specifically the President of Norland, Ivan Morov, to release Oleg Lind.',
      ),
      ['Ivan Morov'],
    );
  });
});

describe('the address block of a letter', () => {
  it('does not address the one who gets a copy, and stops at the subject line', () => {
    const text = [
      'M. Jean DUVAL',
      'Président de la République',
      'Copie à :',
      'M. Paul MARTIN',
      'Ministre des Affaires étrangères',
      'Objet : votre rencontre avec le Président M. Rustam',
      'Karimov',
      'Monsieur le Président,',
      'Nous souhaitons attirer votre attention sur la situation des défenseurs.',
    ].join('\n');
    const p = propose({ text });
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Jean Duval'],
    );
    assert.ok(
      p.persons.some((x) => x.name === 'Paul Martin'),
      JSON.stringify(p.persons.map((x) => x.name)),
    );
  });
});
