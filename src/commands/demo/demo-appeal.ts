// The demo's appeal: the December 2014 letter to the French President as Vigil would hold it — addressee, the state visit
// as its occasion, the four cases it names, the four co-signatories as they signed — with texts in Vigil's own words.
import type { AppealInput } from '../../domain/appeal.ts';
import { DEMO_ID } from './demo-data.ts';

const id = DEMO_ID;

/** Fixed ids of the demo appeal and its co-signatories (same scheme as the other demo records: A for appeals, X for co-signatories). */
export const DEMO_APPEAL_ID = '019899H800DEMA000000000001';
export const DEMO_CO_SIGNATORY_IDS = [
  '019899H800DEMX000000000001',
  '019899H800DEMX000000000002',
  '019899H800DEMX000000000003',
  '019899H800DEMX000000000004',
] as const;

const EN_BODY = [
  'Mr President,',
  'On 5–6 December 2014 you will be in Kazakhstan. We are Russian human-rights defenders, and we ask you to use this visit to speak for the people who are persecuted there for what they think, say and do.',
  'Since striking oil workers were shot at in Zhanaozen in December 2011, critics of the government of Kazakhstan have been tortured, jailed and silenced. The cases listed below are examples: an activist tortured and then imprisoned; the leader of an opposition party jailed after he reported to European institutions; a rights defender given a long sentence after he described abuse in prisons at an OSCE meeting; independent media branded **“extremist”** for covering Zhanaozen.',
  'France has a part in one of these cases: a French court has agreed to send Mukhtar Ablyazov to Russia or Ukraine, where neither a fair trial nor his safety can be assured.',
  'We ask you to raise these cases in your talks, to call for an end to torture and for fair trials, and not to let commercial interests outweigh human rights.',
].join('\n\n');

const RU_BODY = [
  'Господин Президент!',
  '5–6 декабря 2014 года вы будете в Казахстане. Мы, российские правозащитники, просим вас воспользоваться этим визитом, чтобы заступиться за людей, которых там преследуют за их взгляды, слова и дела.',
  'После того как в декабре 2011 года в Жанаозене стреляли в бастующих нефтяников, критиков власти в Казахстане пытают, сажают в тюрьмы и заставляют молчать. Дела, перечисленные ниже, — примеры: активистка, которую пытали, а затем осудили; лидер оппозиционной партии, осуждённый после выступления перед европейскими институтами; правозащитник, получивший долгий срок после рассказа о пытках в тюрьмах на совещании ОБСЕ; независимые СМИ, объявленные **«экстремистскими»** за освещение событий в Жанаозене.',
  'Франция причастна к одному из этих дел: французский суд согласился выдать Мухтара Аблязова России или Украине, где ему не гарантированы ни справедливый суд, ни безопасность.',
  'Мы просим вас поднять эти дела на переговорах, призвать к прекращению пыток и к справедливым судам и не позволить торговым интересам перевесить права человека.',
].join('\n\n');

/** The appeal as its coordinator would enter it; the demo then publishes it with public signing open. */
export const DEMO_APPEAL: AppealInput = {
  slug: 'hollande-kazakhstan-2014',
  title: 'Raise human rights during your visit to Kazakhstan',
  confidentiality: 'public',
  addressees: [{ name: 'François Hollande', title: 'President of the French Republic', organisation: 'Élysée Palace' }],
  occasionEventId: id.stateVisit,
  letterDate: '2014-12',
  texts: [
    { lang: 'en', title: 'Raise human rights during your visit to Kazakhstan', body: EN_BODY },
    { lang: 'ru', title: 'Поднимите вопрос о правах человека во время визита в Казахстан', body: RU_BODY },
  ],
  caseIds: [id.tuletayevaCase, id.kozlovCase, id.mediaCase, id.kuramshinCase, id.ablyazovCase],
  publicSigning: true,
};

/** The four co-signatories as they signed, in the letter's order. */
export const DEMO_CO_SIGNATORIES = [
  {
    kind: 'person',
    name: 'Lyudmila Alexeeva',
    title: 'Head',
    organisation: 'Moscow Helsinki Group',
    organisationId: id.mhg,
  },
  {
    kind: 'person',
    name: 'Valery Borschev',
    title: 'Member',
    organisation: 'Moscow Helsinki Group',
    organisationId: id.mhg,
  },
  {
    kind: 'person',
    name: 'Svetlana Gannushkina',
    title: null,
    organisation: 'Civic Assistance',
    organisationId: id.civicAssistance,
  },
  // He signed for two bodies: the movement (as his organisation) and the committee he coordinates (in his title).
  {
    kind: 'person',
    name: 'Lev Ponomarev',
    title: 'Coordinator, International Committee for Solidarity with political prisoners in Kazakhstan',
    organisation: 'All-Russian movement For Human Rights',
    organisationId: id.forHumanRights,
  },
] as const;
