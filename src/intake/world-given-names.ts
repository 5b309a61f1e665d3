// Given names of many countries, from the lists the `gender-detection-from-name` package keeps (English, French,
// German, Spanish, Italian and Turkish usage, some 67,000 names): a capitalised word that opens a name of two or three
// words and is one of them vouches for the name ("Jimmy Lai", "Hugh Williamson", "Khaled Drareni"), as the project's
// own shorter list does. The lists hold common words too ("Will", "Court", "Justice", "Georgia"), so a word the text also
// writes in lower case is never read as a name (persons.ts), and the words below are left out of them.
import { createRequire } from 'node:module';
import { foldText } from '../text/fold.ts';

const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'tr'] as const;

// Entries of the lists that open capitalised phrases of news and letters far more often than names: titles, places,
// months and days, words of institutions and of faith, articles and particles.
const NOT_GIVEN = new Set(
  `the and le la les de des du da di del van von don san saint sainte st general major court free justice liberty
  victory peace nobel sky asia america africa europa europe london paris moscow washington houston austin dallas denver
  georgia virginia carolina florence sofia santiago jordan israel kenya india china lincoln kingston chelsea stalin lenin
  islam christian muslim sunday monday tuesday wednesday thursday friday saturday january february march april may june
  july august september october november december king queen prince princess bishop dean earl parker walker young long
  will said grace hope faith rose summer page mark bill guy sunny human rights amnesty union party press national
  international committee council state republic foundation center centre institute media news watch house office
  prison police army navy senate congress parliament assembly president minister secretary ambassador prosecutor
  judge chairman chair head director editor reporter journalist blogger activist lawyer doctor professor student
  open letter appeal statement petition call joint urgent action dear sir madam monsieur madame mister miss lady lord
  north south east west central eastern western northern southern new old great grand little big holy royal imperial
  federal supreme high upper lower first second third last next early late golden silver white black red green blue
  brown gray grey orange violet crystal diamond pearl ruby amber jade ivory coral storm rain snow winter spring autumn
  star sun moon sea river lake ocean valley hill forest park field garden island bay port city town village street
  avenue road square bridge tower castle palace church temple mosque school college university academy hospital
  christmas easter ramadan eid allah god jesus christ mary yeni baki nur premier apple sidi aurora karl karla marx
  radio liberty europe global read more share print email click follow subscribe login home menu search tweet like
  comment photo video related top back view download contact about donate join sign code`
    .split(/\s+/)
    .filter(Boolean),
);

let names: ReadonlySet<string> | null = null;

/** The folded given names of the lists, loaded on first use (some 2 MB of tables). */
export function worldGivenNames(): ReadonlySet<string> {
  if (names) return names;
  const require = createRequire(import.meta.url);
  const out = new Set<string>();
  for (const lang of LANGUAGES) {
    // Each table is a CommonJS module exporting a Map from a lower-case given name to its gender.
    const table = require(`gender-detection-from-name/names/${lang}.js`) as ReadonlyMap<string, string>;
    for (const name of table.keys()) {
      const key = foldText(name);
      if (key.length >= 3 && !NOT_GIVEN.has(key) && /^[a-z][a-z' -]*$/u.test(key)) out.add(key);
    }
  }
  names = out;
  return names;
}
