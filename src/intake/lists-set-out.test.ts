// Lists a letter sets out line by line or runs on in one sentence: signers one a line under the closing, signers named
// after "signatories to the letter … are", prisoners listed under the sentence that points to them, a Russian list of
// addressees in the dative; and the names such lists must not catch (the one freed, the one asked to free others).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { propose } from './propose.ts';
import { loadRussianMorph } from './russian-morph.ts';

const detained = (text: string) => {
  const p = propose({ text });
  return p.acts
    .filter((a) => a.kind === 'detention')
    .map((a) => p.persons.find((x) => x.ref === a.personRef)?.name ?? a.victimText)
    .sort();
};

describe('signers one a line', () => {
  it('reads every name of a list under « Respectueusement, », up to the first line of prose', () => {
    const text = [
      'Monsieur le Président,',
      'Nous vous demandons de libérer le cinéaste Arman Kassymov, condamné à huit ans de colonie.',
      'Respectueusement,',
      'Irina Sokolova',
      'Pavel Lebedev,',
      'Ekaterina Morozova',
      'Nikolai Orlov',
      'Je rappelle que Arman Kassymov a été arrêté en 2019.',
    ].join('\n');
    const names = propose({ text }).signatories.map((s) => s.name);
    assert.deepEqual(names, ['Irina Sokolova', 'Pavel Lebedev', 'Ekaterina Morozova', 'Nikolai Orlov']);
  });
  it('still reads the lines under a name as its title and body', () => {
    const text = [
      'Dear Minister,',
      'We urge you to review the case of the journalist Daniyar Seitkali, detained since May.',
      'Sincerely,',
      'Helen Marsh',
      'Executive Director',
      'Open Press Watch',
    ].join('\n');
    const s = propose({ text }).signatories;
    assert.deepEqual(
      s.map((x) => x.name),
      ['Helen Marsh'],
    );
  });
  it('reads the names after "signatories to the letter, which …, are", brackets and all', () => {
    const text =
      'Three members of the Assembly wrote to the President about the editor Rauf Guliyev. Other signatories to the letter, which was published today, are Anne Keller (Greens), Tom Baxter (Labour), and Lena Vogt (Liberal).';
    const names = propose({ text }).signatories.map((s) => s.name);
    for (const n of ['Anne Keller', 'Tom Baxter', 'Lena Vogt']) assert.ok(names.includes(n), names.join('|'));
  });
});

describe('prisoners listed under the sentence that points to them', () => {
  it('holds every name under "including the following:" one a line, after "Mr."', () => {
    const text = [
      'Dear President,',
      '',
      'We urge you to mark the anniversary by making it the occasion to unconditionally release the defenders still held, including the following:',
      '',
      'Mr. Bakhtiyor Rakhimov',
      'Mr. Dilshod Nazarov',
      'Mr. Farkhod Tursunov',
      '',
      'We welcome the steps your government has taken this year.',
    ].join('\n');
    assert.deepEqual(detained(text), ['Bakhtiyor Rakhimov', 'Dilshod Nazarov', 'Farkhod Tursunov']);
  });
  it('holds every name of the line under "the persons listed below are imprisoned"', () => {
    const text = [
      'Dear President,',
      '',
      'According to local groups, the 3 persons listed below are imprisoned for political reasons at the moment.',
      '',
      'Ihar Kazlou, Yauhen Barysau and Vasil Marozau',
      '',
      'Their imprisonment violates the Covenant.',
    ].join('\n');
    assert.deepEqual(detained(text), ['Ihar Kazlou', 'Vasil Marozau', 'Yauhen Barysau']);
  });
  it('takes no list when the sentence points nowhere or the lines under it are prose', () => {
    const text = [
      'Dear President,',
      'We urge you to release the defenders still held.',
      'Mr. Bakhtiyor Rakhimov',
      'Mr. Dilshod Nazarov',
    ].join('\n');
    assert.deepEqual(detained(text), []);
  });
  it('holds neither the one asked to free others nor the one freed', () => {
    const text =
      'The group urges Viktor Moroz to release all political prisoners in the country. After the release of Ales Kavalenka 7 political prisoners still remain in prison.';
    assert.deepEqual(detained(text), []);
  });
});

describe('addressees', () => {
  before(async () => {
    await loadRussianMorph();
  });
  it('reads a Russian list of titles in the dative, each with its person in the nominative', () => {
    const text =
      'Родители задержанных журналистов направили обращение к президенту Садыру Жапарову, генеральному прокурору Курманкулу Зулушеву, председателю Верховного суда Замирбеку Базарбекову и депутатам парламента.';
    const a = propose({ text }).addressees;
    assert.deepEqual(
      a.map((x) => [x.name, x.title]),
      [
        ['Садыр Жапаров', 'Президенту'],
        ['Курманкул Зулушев', 'Генеральному прокурору'],
        ['Замирбек Базарбеков', 'Председателю Верховного суда'],
      ],
    );
  });
  it('does not begin a name with a Cyrillic abbreviation («госсекретарю США Энтони Блинкену»)', () => {
    const p = propose({ text: 'Письмо госсекретарю США Энтони Блинкену подписали шесть сенаторов.' });
    assert.ok(!p.persons.some((x) => x.name.startsWith('США')), JSON.stringify(p.persons.map((x) => x.name)));
    assert.equal(p.addressees[0]?.title, 'Госсекретарю США');
  });
  it('gives the salutation the full name the text spells another way', () => {
    const text = [
      'The group urges Alexander Lukaschenka to end the persecution of dissidents.',
      '',
      'Dear President Lukashenka,',
      '',
      'We urge you to release all political prisoners.',
    ].join('\n');
    const p = propose({ text });
    assert.deepEqual(
      p.addressees.map((x) => x.name),
      ['Alexander Lukaschenka'],
    );
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Alexander Lukaschenka'],
    );
  });
  it('names an addressee once when a heading and a "To:" line both name them', () => {
    const text = [
      'Open Letter to Serdar Amanov',
      '',
      'To: Serdar Amanov, President of the Republic',
      '',
      'From: The Open Cells campaign',
      '',
      'We, the undersigned, ask you to disclose the fate of the prisoners.',
    ].join('\n');
    const a = propose({ text }).addressees;
    assert.deepEqual(
      a.map((x) => [x.name, x.title]),
      [['Serdar Amanov', 'President of the Republic']],
    );
  });
});
