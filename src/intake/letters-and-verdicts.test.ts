// Signers named as a letter's authors, a line of names under the address, an age that is no length, names that share
// an act ("along with", a role set off by a comma in a list), the verdict's date on a travel ban handed down with it, a
// man's name in «-у», and a Russian participle told of one name. Every sentence here is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { hasAct, namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('signers and addressees', () => {
  it('reads « Les auteurs de cette tribune … sont A, rôle ; B, rôle » as the signers, never the addressee', () => {
    const p = propose({
      text: 'Dix intellectuels ont publié une lettre adressée au Président Karim Mansouri. Les auteurs de cette tribune très sévère envers le régime sont Pierre Lambert, philosophe (France) ; Noam Chomsky, linguiste (Etats-Unis) ; Annie Ernaux, romancière (France). Dans leur lettre, ils interpellent Karim Mansouri.',
      language: 'fr',
    });
    assert.deepEqual(
      p.signatories.map((s) => s.name),
      ['Pierre Lambert', 'Noam Chomsky', 'Annie Ernaux'],
    );
  });

  it('does not read a line of names under the address as an addressee', () => {
    const p = propose({
      text: 'Public Prosecutor\nHamid al-Sawi\nOffice of the Public Prosecutor\n\nSalma Magdi, Hossam el-Sayed, and Mohamed Salah\n\nDear Counsellor,\n\nI am writing to raise our concerns about the detention of journalist Salma Magdi.',
      language: 'en',
    });
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Hamid al-Sawi'],
    );
    assert.ok(p.acts.some((a) => a.kind === 'detention' && a.person === 'Salma Magdi'));
  });
});

describe('addressees in Russian prose', () => {
  it('reads «Обращение ста активистов движения министру внутренних дел Рамилю У.» as an address to him', () => {
    const p = propose({
      text: 'Обращение ста активистов гражданского движения министру внутренних дел Рамилю Усубову было представлено сегодня, 1 июня.',
      language: 'ru',
      morph,
    });
    assert.deepEqual(
      p.addressees.map((a) => a.name),
      ['Рамиль Усубов'],
    );
  });
});

describe('names sharing an act, and lengths', () => {
  it('does not read an age after a name (« Roberto P., 38 ans, ») as the length', () => {
    const acts = namedActs('Le tribunal a condamné Roberto Pérez Fonseca, 38 ans, à « purger 10 ans » de prison.', {
      language: 'fr',
    });
    assert.ok(hasAct(acts, 'sentence', 'Roberto Pérez Fonseca', 120), JSON.stringify(acts));
  });

  it('gives the act to the names after "along with her husband and freelance journalist"', () => {
    const acts = namedActs(
      'Sara Hamdi has been arbitrarily detained since 26 November 2019, along with her husband and freelance journalist Hossam el-Sayed and journalist Mohamed Salah.',
    );
    for (const p of ['Sara Hamdi', 'Hossam el-Sayed', 'Mohamed Salah']) {
      assert.ok(
        acts.some((a) => a[0] === 'detention' && a[1] === p && a[2] === '2019-11-26'),
        `${p} ${JSON.stringify(acts)}`,
      );
    }
  });

  it('dates a travel ban handed down with a dated sentence', () => {
    const acts = namedActs(
      'On 25 April 2021, activist Khaled al-Amir was sentenced to seven years in prison and a travel ban of the same length.',
    );
    assert.ok(
      acts.some((a) => a[0] === 'travel_ban' && a[1] === 'Khaled al-Amir' && a[2] === '2021-04-25'),
      JSON.stringify(acts),
    );
  });

  it('reads «A и член Дивана партии Мусават, B были задержаны» as both detained', () => {
    const acts = namedActs(
      'По его словам, репортер Рамин Алиев и член Дивана оппозиционной партии Мусават, Эльман Гасанов были задержаны.',
      { language: 'ru', morph },
    );
    assert.ok(hasAct(acts, 'arrest', 'Рамин Алиев'), JSON.stringify(acts));
    assert.ok(hasAct(acts, 'arrest', 'Эльман Гасанов'));
  });

  it('tells «убитого» of the name after it only, and leaves the list its charge', () => {
    const acts = namedActs(
      'Власти обвинили Ульфат Мамадову и ее бывшего мужа, генерала Холбаша Холова, убитого в мае полковника Мамада Мамадова и оппозиционера Алима Шерова в организации беспорядков.',
      { language: 'ru', morph },
    );
    const killed = acts.filter((a) => a[0] === 'killing').map((a) => a[1]);
    assert.deepEqual(killed, ['Мамад Мамадов'], JSON.stringify(acts));
    for (const p of ['Холбаш Холов', 'Мамад Мамадов', 'Алим Шеров']) assert.ok(hasAct(acts, 'charge', p), p);
  });

  it('reads «блогера Фозилходжу Арифходжаева» as «Фозилходжа Арифходжаев»', () => {
    const p = propose({
      text: 'Суд приговорил к 7,5 годам лишения свободы блогера Фозилходжу Арифходжаева.',
      language: 'ru',
      morph,
    });
    assert.deepEqual(
      p.persons.map((x) => x.name),
      ['Фозилходжа Арифходжаев'],
    );
  });

  it('gives the length of a sentence told of no one named to the one named sentence without a length', () => {
    const acts = namedActs(
      'A military court has sentenced a journalist to 10 years in prison. In a ruling that groups called outrageous, a court in the capital sentenced Ahmed Abbasi, a correspondent for a French radio, on Monday.',
    );
    assert.ok(hasAct(acts, 'sentence', 'Ahmed Abbasi', 120), JSON.stringify(acts));
  });

  it('does not read « la mère du condamné » as a sentence of the name after it', () => {
    const acts = namedActs(
      'Selon Liset Moreno, la mère du condamné, la peine s’explique par le fait que son fils a brisé un portrait de Fidel Castro.',
      { language: 'fr' },
    );
    assert.deepEqual(
      acts.filter((a) => a[0] === 'sentence'),
      [],
    );
  });

  it('never makes a person titled head of state where named in full the victim at a later bare mention', () => {
    const acts = namedActs(
      'An activist was detained for allegedly plotting to assassinate President Nicolas Maduro. Her detention comes in a year that has already seen Maduro block his main rival.',
    );
    assert.ok(!acts.some((a) => a[1] === 'Nicolas Maduro'), JSON.stringify(acts));
  });
});
