// Arabic names with the father's name after "bin" ("King Salman bin Abdulaziz Al Saud", "Sheikh Hamad bin Issa Al
// Khalifa") read whole, without the title before them; "Viet Nam" a country; "the incarceration of A" a detention; the
// travel ban of a list after a dated sentence's length dated by the verdict; and a Russian headline that tells of a
// letter «президенту», with the lead's subject on the next line, no address. Every text is invented.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { namedActs } from './act-test-helpers.ts';
import { propose } from './propose.ts';
import { loadRussianMorph, type RussianMorph } from './russian-morph.ts';

let morph: RussianMorph;
before(async () => {
  morph = await loadRussianMorph();
});

describe('Arabic names with "bin"', () => {
  it('reads a king named in a heading and a sheikh over his title, whole', () => {
    const heading = propose({
      text: 'Open letter to his Majesty, King Fahad bin Abdulrahman Al Nasser of Arabia\n\nWe are concerned about the blogger Samir Haddad.',
      language: 'en',
    });
    assert.ok(
      heading.persons.some((p) => p.name === 'Fahad bin Abdulrahman Al Nasser'),
      JSON.stringify(heading.persons.map((p) => p.name)),
    );
    const block = propose({
      text: 'Sa majesté Sheikh Hamad bin Issa Al Khalifa,\nRoi du Bahreïn\n\nSon excellence Sheikh Khaled Bin Ahmad Al Khalifa\nMinistre des Affaires étrangères\n\nVotre Majesté,\nNous vous écrivons au sujet de Samir Haddad.',
      language: 'fr',
    });
    assert.deepEqual(
      block.addressees.map((a) => a.name),
      ['Hamad bin Issa Al Khalifa', 'Khaled Bin Ahmad Al Khalifa'],
    );
  });
});

describe('countries and detention words', () => {
  it('reads no person in "Socialist Republic of Viet Nam"', () => {
    const p = propose({
      text: 'Hon Nguyen Tan Dung\nPrime Minister\nSocialist Republic of Viet Nam\n\nDear Prime Minister,\nI write about the incarceration of Father Thaddeus Nguyen Van Ly.',
      language: 'en',
    });
    assert.ok(!p.persons.some((x) => x.name === 'Viet Nam'), JSON.stringify(p.persons.map((x) => x.name)));
    assert.ok(
      p.acts.some((a) => a.kind === 'detention' && a.person === 'Nguyen Van Ly'),
      JSON.stringify(p.acts.map((a) => [a.kind, a.person])),
    );
  });
});

describe('bans listed after a dated sentence', () => {
  it('dates the travel ban by the verdict', () => {
    const acts = namedActs(
      'Samir Haddad was in May 2014 sentenced to 10 years in prison, 1.000 lashes, a 10 year travel ban, a fine and a ban on appearing in the media. Omar Nasser was in July 2014 sentenced to 15 years in jail, followed by a 15-year travel ban.',
      { language: 'en' },
    );
    assert.ok(
      acts.some((a) => a[0] === 'travel_ban' && a[1] === 'Samir Haddad' && a[2] === '2014-05'),
      JSON.stringify(acts),
    );
    assert.ok(
      acts.some((a) => a[0] === 'travel_ban' && a[1] === 'Omar Nasser' && a[2] === '2014-07'),
      JSON.stringify(acts),
    );
  });
});

describe('a Russian headline that tells of a letter', () => {
  it('does not read the name opening the next line as the one written to', () => {
    const p = propose({
      text: 'Арестованный правозащитник написал письмо президенту\nРуслан Исаев в своем письме на имя Владимира Путина написал, что его заставляли признать вину.',
      language: 'ru',
      morph,
    });
    assert.ok(!p.addressees.some((a) => a.name === 'Руслан Исаев'), JSON.stringify(p.addressees.map((a) => a.name)));
  });

  it('leaves the acts of the name opening the next line to it', () => {
    for (const text of [
      'Арестованный правозащитник написал письмо президенту\n\nРуслан Исаев был задержан 9 января в Чечне.',
      'Глава отделения сказал\nРуслан Исаев был задержан 9 января в Чечне.',
    ]) {
      const acts = namedActs(text, { language: 'ru', morph });
      assert.ok(
        acts.some((a) => a[0] === 'arrest' && a[1] === 'Руслан Исаев'),
        `${text}: ${JSON.stringify(acts)}`,
      );
    }
  });
});
