// Signers, addressees and acts in forms a batch of unseen letters and news used: bodies listed after «заявление
// организаций, в числе которых», a French list of signers ending in an ellipsis, the writers of a piece "rédigée par",
// « une lettre ouverte, adressée à X », a list of arrested people broken by a relative clause, the one speaking after
// « a dénoncé », « il leur est reproché », a travel ban told of "ils", solitary confinement and plural « détenus ».
// Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph } from './russian-morph.ts';

const signers = (text: string) => propose({ text }).signatories.map((s) => s.name);
const addressees = (text: string) => propose({ text }).addressees.map((a) => a.name);

before(async () => {
  await loadRussianMorph();
});

describe('signers', () => {
  it('reads the bodies listed after «заявление организаций, в числе которых», up to the verb', () => {
    const text =
      'Совместное заявление организаций, в числе которых Human Rights Watch, Freedom House, Репортеры без границ, НОРДСМИ, Article 19 и Freedom Now, опубликовано на сайте Human Rights Watch.';
    assert.deepEqual(signers(text), [
      'Human Rights Watch',
      'Freedom House',
      'Репортеры без границ',
      'НОРДСМИ',
      'Article 19',
      'Freedom Now',
    ]);
  });

  it('reads a list of signers whose first name is also a country’s and whose last ends in an ellipsis', () => {
    assert.deepEqual(
      signers(
        'Parmi les signataires : Alain Morel, Dominique Vasseur, Claire Dubois, Rachid Benali…\n\nLe texte suit.',
      ),
      ['Alain Morel', 'Dominique Vasseur', 'Claire Dubois', 'Rachid Benali'],
    );
  });

  it('reads the writers of « Tribune rédigée par A à quatre mains avec B », not the subject of "a letter written by … to"', () => {
    assert.deepEqual(
      signers(
        'Tribune rédigée par notre chroniqueur Daniel Martel à quatre mains avec Elie Sorel.\n\nMonsieur le Président,',
      ),
      ['Daniel Martel', 'Elie Sorel'],
    );
    assert.deepEqual(
      signers(
        'The following is a letter written by a group of experts to Norland’s Head of Judiciary, in support of imprisoned lawyer Nasrin Farahani.',
      ),
      [],
    );
  });
});

describe('more signers', () => {
  it('reads bodies after «заявление следующих организаций:», a quoted name as quoted and a genitive in the nominative', () => {
    const text =
      'Письменное заявление следующих организаций: Казахстанского международного бюро по правам человека и соблюдению законности, Общественного фонда «Nota Bene» (Таджикистан), Правозащитного движения «Бир Дуйно – Кыргызстан» и Международной организации «Клуб сердец» (Узбекистан, базируется во Франции).';
    assert.deepEqual(signers(text), [
      'Казахстанское международное бюро по правам человека и соблюдению законности',
      'Nota Bene',
      'Бир Дуйно – Кыргызстан',
      'Клуб сердец',
    ]);
  });

  it('reads « les signataires de la lettre, qui comprenaient également … » with two initials written together', () => {
    const text =
      '« Il a été mis à l’isolement », ont déclaré les signataires de la lettre, qui comprenaient également le danseur Mikhail Baryshnov, les acteurs Jude Lawson et Benedict Cumber, et les écrivains JK Rowlands et Salman Rushdan.';
    assert.deepEqual(signers(text), [
      'Mikhail Baryshnov',
      'Jude Lawson',
      'Benedict Cumber',
      'JK Rowlands',
      'Salman Rushdan',
    ]);
  });

  it('reads "Among the lawmakers who signed it were …", a party word before a name cut off', () => {
    const text =
      'Among the lawmakers who signed it were co-leader of the Greens party Caroline Lucan, senior Labour MPs Diane Abbotson and Hilary Bennet, and Conservatives such as Iain Duncan Smithers.';
    assert.deepEqual(signers(text), ['Caroline Lucan', 'Diane Abbotson', 'Hilary Bennet', 'Iain Duncan Smithers']);
  });

  it('gives no act to a signer named past the words of signing', () => {
    const acts = namedActs(
      'Open letter condemning the detention of the human rights activist, signed by more than 100 laureates including Kazuo Ishigura and JM Coetzer',
    );
    assert.deepEqual(acts, []);
  });
});

describe('addressees', () => {
  it('reads « une lettre ouverte, adressée à X »', () => {
    assert.deepEqual(
      addressees('C’est dans une lettre ouverte, adressée à Emmanuel Morel, que la demande a été faite.'),
      ['Emmanuel Morel'],
    );
  });
});

describe('acts', () => {
  it('gives an arrest to every name of a list broken by a relative clause, not to the one who denounces it', () => {
    const acts = namedActs(
      'Les journalistes Ugur Koç et Berkant Yilmaz, qui travaillent pour le site, et son directeur de la rédaction Yasar Demir, ont été arrêtés samedi soir à leurs domiciles. Les autorités « tentent d’intimider la presse par des arrestations », a dénoncé M. Ibrahim Varol.',
      { language: 'fr' },
    );
    assert.deepEqual(
      acts.filter((a) => a[0] === 'arrest').map((a) => a[1]),
      ['Ugur Koç', 'Berkant Yilmaz', 'Yasar Demir'],
    );
  });

  it('still gives the act to the names after « Selon l’agence Belta, »', () => {
    const acts = namedActs(
      'Selon l’agence de presse publique Belta, Stepan Poutko et Ian Rudin ont été condamnés à 20 ans de prison.',
      { language: 'fr' },
    );
    assert.deepEqual(
      acts.map((a) => a[1]),
      ['Stepan Poutko', 'Ian Rudin'],
    );
  });

  it('reads « il leur est reproché » as a charge and « Ils ont aussi interdiction de quitter » as a travel ban', () => {
    const acts = namedActs(
      'Il s’agit d’une libération conditionnelle pour M. Yasar Demir et M. Ugur Koç. Ils ont aussi interdiction de quitter la Turquie.',
      { language: 'fr' },
    );
    assert.deepEqual(
      acts.map((a) => [a[0], a[1]]),
      [
        ['travel_ban', 'Yasar Demir'],
        ['travel_ban', 'Ugur Koç'],
      ],
    );
    const charged = namedActs(
      'Les journalistes Ugur Koç et Yasar Demir ont été entendus. Il leur est reproché d’avoir relaté une rencontre.',
      { language: 'fr' },
    );
    assert.ok(charged.some((a) => a[0] === 'charge' && a[1] === 'Ugur Koç'));
  });

  it('reads solitary confinement as ill-treatment, « détenus » in the plural as a detention', () => {
    assert.ok(
      namedActs('The activist Nargess Rahimi was transferred to solitary confinement.').some(
        (a) => a[0] === 'ill_treatment' && a[1] === 'Nargess Rahimi',
      ),
    );
    const held = namedActs(
      'Les comités de soutien à Fariba Adelkhan et Benjamin Brillet, deux Français actuellement détenus en Iran, ont écrit.',
      { language: 'fr' },
    );
    assert.deepEqual(
      held.map((a) => [a[0], a[1]]),
      [
        ['detention', 'Fariba Adelkhan'],
        ['detention', 'Benjamin Brillet'],
      ],
    );
  });

  it('gives no detention to « premier ministre X » named before the people held', () => {
    const acts = namedActs(
      'Des experts ont soumis à l’actuel premier ministre Dmitri Morozov une liste de 34 personnes illégalement détenus dans votre pays.',
      { language: 'fr' },
    );
    assert.deepEqual(acts, []);
  });
});
