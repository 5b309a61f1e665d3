// The sample register behind `vigil demo`: the people, bodies, events and cases an open letter of December 2014
// (Russian human-rights defenders to the French President, before his visit to Kazakhstan) is about.
// Every text here is the project's own short, neutral wording; the letter is cited by paragraph, never quoted.
// Ids are fixed so a second load finds what the first one stored: each is a valid ULID whose time part is the
// register date below (019899H800 = 2014-12-04), then "DEM", a letter for the record type and a serial number.
// Dates the letter does not give are approximate and flagged as such.
import type { CaseInput } from '../../domain/case.ts';
import type { EventInput } from '../../domain/event.ts';
import type { MembershipInput } from '../../domain/membership.ts';
import type { OrganisationInput } from '../../domain/organisation.ts';
import type { PersonInput } from '../../domain/person.ts';
import type { CitationInput, SourceInput } from '../../domain/source.ts';

/** One demo record: its fixed id and what the record type's input schema accepts. */
export interface DemoRecord<I> {
  readonly id: string;
  readonly input: I;
}

/** The creation (and last update) time every demo record keeps, so reloading never differs. */
export const DEMO_CREATED_AT = '2014-12-04T00:00:00.000Z';

/** Fixed record ids by a readable key; tests and the loader refer to records through these. */
export const DEMO_ID = {
  // persons
  tuletayeva: '019899H800DEMP000000000001',
  kozlov: '019899H800DEMP000000000002',
  kuramshin: '019899H800DEMP000000000003',
  ablyazov: '019899H800DEMP000000000004',
  alexeeva: '019899H800DEMP000000000005',
  borschev: '019899H800DEMP000000000006',
  gannushkina: '019899H800DEMP000000000007',
  ponomarev: '019899H800DEMP000000000008',
  hollande: '019899H800DEMP000000000009',
  // organisations
  alga: '019899H800DEMG000000000001',
  mhg: '019899H800DEMG000000000002',
  civicAssistance: '019899H800DEMG000000000003',
  forHumanRights: '019899H800DEMG000000000004',
  solidarityCommittee: '019899H800DEMG000000000005',
  zhanaozenMedia: '019899H800DEMG000000000006',
  kzLawEnforcement: '019899H800DEMG000000000007',
  kzCourts: '019899H800DEMG000000000008',
  frenchCourt: '019899H800DEMG000000000009',
  europeanParliament: '019899H800DEMG000000000010',
  europeanCommission: '019899H800DEMG000000000011',
  osce: '019899H800DEMG000000000012',
  frenchPresidency: '019899H800DEMG000000000013',
  // memberships
  alexeevaMhg: '019899H800DEMM000000000001',
  borschevMhg: '019899H800DEMM000000000002',
  gannushkinaCivicAssistance: '019899H800DEMM000000000003',
  ponomarevForHumanRights: '019899H800DEMM000000000004',
  ponomarevCommittee: '019899H800DEMM000000000005',
  kozlovAlga: '019899H800DEMM000000000006',
  hollandePresidency: '019899H800DEMM000000000007',
  // events
  independence: '019899H800DEME000000000001',
  oilStrike: '019899H800DEME000000000002',
  zhanaozenShooting: '019899H800DEME000000000003',
  elections2012: '019899H800DEME000000000004',
  brusselsReport: '019899H800DEME000000000005',
  warsawConference: '019899H800DEME000000000006',
  stateVisit: '019899H800DEME000000000007',
  zhanaozenAnniversary: '019899H800DEME000000000008',
  // cases
  tuletayevaCase: '019899H800DEMC000000000001',
  kozlovCase: '019899H800DEMC000000000002',
  kuramshinCase: '019899H800DEMC000000000003',
  ablyazovCase: '019899H800DEMC000000000004',
  mediaCase: '019899H800DEMC000000000005',
  // sources
  openLetter: '019899H800DEMS000000000001',
} as const;

const id = DEMO_ID;

/** Bodies that act, or are acted before, in the cases; listed first because everything else points at them. */
export const DEMO_ORGANISATIONS: readonly DemoRecord<OrganisationInput>[] = [
  {
    id: id.alga,
    input: {
      slug: 'alga',
      kind: 'party',
      country: 'KZ',
      names: [
        { full: 'Alga', lang: 'en', kind: 'primary' },
        { full: 'Алга', lang: 'ru', kind: 'primary' },
      ],
      summary: 'Kazakh opposition party led by Vladimir Kozlov.',
    },
  },
  {
    id: id.mhg,
    input: {
      slug: 'moscow-helsinki-group',
      kind: 'ngo',
      country: 'RU',
      foundedDate: '1976',
      names: [
        { full: 'Moscow Helsinki Group', lang: 'en', kind: 'primary' },
        { full: 'Московская Хельсинкская группа', lang: 'ru', kind: 'primary' },
      ],
      summary: "Russian human-rights organisation; two of the letter's signatories belong to it.",
    },
  },
  {
    id: id.civicAssistance,
    input: {
      slug: 'civic-assistance',
      kind: 'ngo',
      country: 'RU',
      foundedDate: '1990',
      names: [
        { full: 'Civic Assistance', lang: 'en', kind: 'primary' },
        { full: 'Гражданское содействие', lang: 'ru', kind: 'primary' },
      ],
      summary: 'Russian organisation helping refugees and migrants.',
    },
  },
  {
    id: id.forHumanRights,
    input: {
      slug: 'for-human-rights',
      kind: 'movement',
      country: 'RU',
      names: [
        { full: 'All-Russian movement For Human Rights', lang: 'en', kind: 'primary' },
        { full: 'Общероссийское движение «За права человека»', lang: 'ru', kind: 'primary' },
      ],
      summary: 'Russian nationwide human-rights movement.',
    },
  },
  {
    id: id.solidarityCommittee,
    input: {
      slug: 'solidarity-committee-kazakhstan',
      kind: 'ngo',
      names: [
        {
          full: 'International Committee for Solidarity with political prisoners in Kazakhstan',
          lang: 'en',
          kind: 'primary',
        },
      ],
      summary:
        'Campaign group for people it regards as jailed in Kazakhstan for political reasons; Lev Ponomarev coordinates it.',
    },
  },
  {
    id: id.zhanaozenMedia,
    input: {
      slug: 'zhanaozen-independent-media',
      kind: 'media_outlet',
      country: 'KZ',
      names: [
        { full: 'Independent Kazakh media reporting on Zhanaozen', lang: 'en', kind: 'primary' },
        { full: 'Независимые казахстанские СМИ, освещавшие Жанаозен', lang: 'ru', kind: 'primary' },
      ],
      summary:
        'Group record for the independent outlets that reported on Zhanaozen; the letter does not name them one by one.',
    },
  },
  {
    id: id.kzLawEnforcement,
    input: {
      slug: 'kazakhstan-law-enforcement',
      kind: 'state_body',
      country: 'KZ',
      names: [
        { full: 'Law enforcement and prosecution of Kazakhstan', lang: 'en', kind: 'primary' },
        { full: 'Правоохранительные органы и прокуратура Казахстана', lang: 'ru', kind: 'primary' },
      ],
      summary:
        'Police, security services and prosecutors of Kazakhstan, taken together where the letter names no single body.',
    },
  },
  {
    id: id.kzCourts,
    input: {
      slug: 'kazakhstan-courts',
      kind: 'court',
      country: 'KZ',
      names: [
        { full: 'Courts of Kazakhstan', lang: 'en', kind: 'primary' },
        { full: 'Суды Казахстана', lang: 'ru', kind: 'primary' },
      ],
      summary: 'The Kazakh courts that handed down the sentences recorded here.',
    },
  },
  {
    id: id.frenchCourt,
    input: {
      slug: 'french-extradition-court',
      kind: 'court',
      country: 'FR',
      names: [
        { full: 'French court (extradition proceedings)', lang: 'en', kind: 'primary' },
        { full: "Juridiction française (procédure d'extradition)", lang: 'fr', kind: 'primary' },
      ],
      summary: "The French court that ruled on Mukhtar Ablyazov's extradition; the letter does not name it.",
    },
  },
  {
    id: id.europeanParliament,
    input: {
      slug: 'european-parliament',
      kind: 'international_body',
      names: [
        { full: 'European Parliament', lang: 'en', kind: 'primary' },
        { full: 'Европейский парламент', lang: 'ru', kind: 'primary' },
      ],
    },
  },
  {
    id: id.europeanCommission,
    input: {
      slug: 'european-commission',
      kind: 'international_body',
      names: [
        { full: 'European Commission', lang: 'en', kind: 'primary' },
        { full: 'Европейская комиссия', lang: 'ru', kind: 'primary' },
      ],
    },
  },
  {
    id: id.osce,
    input: {
      slug: 'osce',
      kind: 'international_body',
      names: [
        { full: 'Organization for Security and Co-operation in Europe', lang: 'en', kind: 'primary' },
        { full: 'OSCE', lang: 'en', kind: 'abbreviation' },
        { full: 'ОБСЕ', lang: 'ru', kind: 'abbreviation' },
      ],
    },
  },
  {
    id: id.frenchPresidency,
    input: {
      slug: 'presidency-of-france',
      kind: 'state_body',
      country: 'FR',
      names: [
        { full: 'Presidency of the French Republic', lang: 'en', kind: 'primary' },
        { full: 'Présidence de la République française', lang: 'fr', kind: 'primary' },
      ],
    },
  },
];

/** The four people the letter presents as persecuted, its four signatories and its addressee. */
export const DEMO_PERSONS: readonly DemoRecord<PersonInput>[] = [
  {
    id: id.tuletayeva,
    input: {
      slug: 'roza-tuletayeva',
      givenName: 'Roza',
      familyName: 'Tuletayeva',
      gender: 'female',
      nationality: 'KZ',
      roles: ['activist', 'worker'],
      names: [
        { full: 'Roza Tuletayeva', lang: 'en', kind: 'primary' },
        { full: 'Роза Тулетаева', lang: 'ru', kind: 'primary' },
      ],
      summary: 'Activist among the striking Zhanaozen oil workers.',
    },
  },
  {
    id: id.kozlov,
    input: {
      slug: 'vladimir-kozlov',
      givenName: 'Vladimir',
      familyName: 'Kozlov',
      gender: 'male',
      nationality: 'KZ',
      roles: ['politician'],
      names: [
        { full: 'Vladimir Kozlov', lang: 'en', kind: 'primary' },
        { full: 'Владимир Козлов', lang: 'ru', kind: 'primary' },
      ],
      summary: 'Leader of Alga, an opposition party in Kazakhstan.',
    },
  },
  {
    id: id.kuramshin,
    input: {
      slug: 'vadim-kuramshin',
      givenName: 'Vadim',
      familyName: 'Kuramshin',
      gender: 'male',
      nationality: 'KZ',
      roles: ['human_rights_defender'],
      names: [
        { full: 'Vadim Kuramshin', lang: 'en', kind: 'primary' },
        { full: 'Вадим Курамшин', lang: 'ru', kind: 'primary' },
      ],
      summary: 'Kazakh rights defender who documented abuse in prisons.',
    },
  },
  {
    id: id.ablyazov,
    input: {
      slug: 'mukhtar-ablyazov',
      givenName: 'Mukhtar',
      familyName: 'Ablyazov',
      gender: 'male',
      nationality: 'KZ',
      roles: ['politician', 'businessperson'],
      names: [
        { full: 'Mukhtar Ablyazov', lang: 'en', kind: 'primary' },
        { full: 'Мухтар Аблязов', lang: 'ru', kind: 'primary' },
        { full: 'Mukhtar Abliazov', lang: 'en', kind: 'transliteration' },
      ],
      summary: 'Banker and opponent of the Kazakh government living abroad.',
    },
  },
  {
    id: id.alexeeva,
    input: {
      slug: 'lyudmila-alexeeva',
      givenName: 'Lyudmila',
      familyName: 'Alexeeva',
      gender: 'female',
      nationality: 'RU',
      roles: ['human_rights_defender'],
      names: [
        { full: 'Lyudmila Alexeeva', lang: 'en', kind: 'primary' },
        { full: 'Людмила Алексеева', lang: 'ru', kind: 'primary' },
      ],
      summary: 'Signatory of the letter.',
    },
  },
  {
    id: id.borschev,
    input: {
      slug: 'valery-borschev',
      givenName: 'Valery',
      familyName: 'Borschev',
      gender: 'male',
      nationality: 'RU',
      roles: ['human_rights_defender'],
      names: [
        { full: 'Valery Borschev', lang: 'en', kind: 'primary' },
        { full: 'Валерий Борщёв', lang: 'ru', kind: 'primary' },
      ],
      summary: 'Signatory of the letter.',
    },
  },
  {
    id: id.gannushkina,
    input: {
      slug: 'svetlana-gannushkina',
      givenName: 'Svetlana',
      familyName: 'Gannushkina',
      gender: 'female',
      nationality: 'RU',
      roles: ['human_rights_defender'],
      names: [
        { full: 'Svetlana Gannushkina', lang: 'en', kind: 'primary' },
        { full: 'Светлана Ганнушкина', lang: 'ru', kind: 'primary' },
      ],
      summary: 'Signatory of the letter.',
    },
  },
  {
    id: id.ponomarev,
    input: {
      slug: 'lev-ponomarev',
      givenName: 'Lev',
      familyName: 'Ponomarev',
      gender: 'male',
      nationality: 'RU',
      roles: ['human_rights_defender'],
      names: [
        { full: 'Lev Ponomarev', lang: 'en', kind: 'primary' },
        { full: 'Лев Пономарёв', lang: 'ru', kind: 'primary' },
      ],
      summary: 'Signatory of the letter.',
    },
  },
  {
    id: id.hollande,
    input: {
      slug: 'francois-hollande',
      givenName: 'François',
      familyName: 'Hollande',
      gender: 'male',
      nationality: 'FR',
      roles: ['politician'],
      names: [
        { full: 'François Hollande', lang: 'en', kind: 'primary' },
        { full: 'Франсуа Олланд', lang: 'ru', kind: 'primary' },
      ],
      summary: 'French head of state from 2012 to 2017; the letter is addressed to him.',
    },
  },
];

/** Roles and titles, as the signature block and the cases give them. */
export const DEMO_MEMBERSHIPS: readonly DemoRecord<MembershipInput>[] = [
  { id: id.alexeevaMhg, input: { personId: id.alexeeva, organisationId: id.mhg, role: 'Head', startDate: '1996' } },
  { id: id.borschevMhg, input: { personId: id.borschev, organisationId: id.mhg, role: 'Member' } },
  {
    id: id.gannushkinaCivicAssistance,
    input: { personId: id.gannushkina, organisationId: id.civicAssistance, role: 'Chair' },
  },
  {
    id: id.ponomarevForHumanRights,
    input: { personId: id.ponomarev, organisationId: id.forHumanRights, role: 'Executive Director' },
  },
  {
    id: id.ponomarevCommittee,
    input: { personId: id.ponomarev, organisationId: id.solidarityCommittee, role: 'Coordinator' },
  },
  { id: id.kozlovAlga, input: { personId: id.kozlov, organisationId: id.alga, role: 'Leader' } },
  {
    id: id.hollandePresidency,
    input: {
      personId: id.hollande,
      organisationId: id.frenchPresidency,
      role: 'President',
      startDate: '2012-05-15',
      endDate: '2017-05-14',
    },
  },
];

/** Events in date order, so that every relation points at an event already loaded. */
export const DEMO_EVENTS: readonly DemoRecord<EventInput>[] = [
  {
    id: id.independence,
    input: {
      slug: 'kazakhstan-independence-1991',
      title: 'Independence of Kazakhstan',
      kind: 'other',
      startDate: '1991-12-16',
      place: { country: 'KZ' },
    },
  },
  {
    id: id.oilStrike,
    input: {
      slug: 'zhanaozen-oil-strike-2011',
      title: "Oil workers' strike in Zhanaozen",
      kind: 'strike',
      startDate: '2011-05',
      startApprox: true,
      endDate: '2011-12-16',
      place: { country: 'KZ', locality: 'Zhanaozen' },
      description: 'Months-long labour dispute in the oil fields of Mangystau region.',
    },
  },
  {
    id: id.zhanaozenShooting,
    input: {
      slug: 'zhanaozen-shooting-2011',
      title: "Zhanaozen: strikers' rally broken up with gunfire",
      kind: 'shooting',
      startDate: '2011-12-16',
      place: { country: 'KZ', locality: 'Zhanaozen' },
      description: 'Security forces opened fire on a rally of oil workers; a wave of prosecutions followed.',
      relations: [{ eventId: id.oilStrike, kind: 'consequence_of' }],
    },
  },
  {
    id: id.elections2012,
    input: {
      slug: 'kazakhstan-parliamentary-elections-2012',
      title: 'Parliamentary elections in Kazakhstan',
      kind: 'election',
      startDate: '2012-01-15',
      place: { country: 'KZ' },
      description: 'Vote for the lower chamber, which critics describe as rigged.',
    },
  },
  {
    id: id.brusselsReport,
    input: {
      slug: 'kozlov-report-brussels-2012',
      title: 'Kozlov presents a rights report to EU institutions',
      kind: 'report',
      startDate: '2012-01',
      startApprox: true,
      place: { country: 'BE', locality: 'Brussels' },
      description:
        'Findings on abuse in custody and on the conduct of the elections, presented to members of the European Parliament and to officials of the European Commission.',
    },
  },
  {
    id: id.warsawConference,
    input: {
      slug: 'osce-human-dimension-meeting-2012',
      title: 'OSCE yearly human-dimension meeting',
      kind: 'conference',
      startDate: '2012-09',
      startApprox: true,
      endDate: '2012-10',
      endApprox: true,
      place: { country: 'PL', locality: 'Warsaw' },
      description: 'Vadim Kuramshin spoke there about abuse in Kazakh prisons.',
    },
  },
  {
    id: id.stateVisit,
    input: {
      slug: 'hollande-visit-kazakhstan-2014',
      title: "French President's state visit to Kazakhstan",
      kind: 'state_visit',
      startDate: '2014-12-05',
      endDate: '2014-12-06',
      place: { country: 'KZ', locality: 'Astana' },
      description: 'The occasion of the letter.',
      countries: ['KZ', 'FR'],
      participants: [
        { personId: id.hollande, role: 'visitor' },
        { name: 'Nursultan Nazarbayev', role: 'host' },
      ],
      timeZone: 'Asia/Almaty',
    },
  },
  {
    id: id.zhanaozenAnniversary,
    input: {
      slug: 'zhanaozen-anniversary-2014',
      title: 'Zhanaozen: three years since the shooting',
      kind: 'anniversary',
      startDate: '2014-12-16',
      place: { country: 'KZ', locality: 'Zhanaozen' },
      countries: ['KZ'],
      timeZone: 'Asia/Aqtau',
      relations: [{ eventId: id.zhanaozenShooting, kind: 'commemorates' }],
      description: 'A date to remember the strikers who were killed and those imprisoned afterwards.',
    },
  },
];

/** One case per persecution; the state responsible is Kazakhstan in each. */
export const DEMO_CASES: readonly DemoRecord<CaseInput>[] = [
  {
    id: id.tuletayevaCase,
    input: {
      slug: 'tuletayeva-zhanaozen',
      title: 'Roza Tuletayeva: torture claims and prison term after Zhanaozen',
      subject: { type: 'person', id: id.tuletayeva },
      country: 'KZ',
      status: 'serving_sentence',
      sentence: { kind: 'prison', months: 60 },
      summary: 'Strike activist, reportedly tortured in custody, later given five years.',
      eventIds: [id.oilStrike, id.zhanaozenShooting],
      acts: [
        {
          kind: 'torture',
          date: '2012',
          dateApprox: true,
          perpetratorId: id.kzLawEnforcement,
          involvement: 'direct',
          place: { country: 'KZ' },
          certainty: 'alleged',
        },
        {
          kind: 'sentence',
          date: '2012',
          dateApprox: true,
          perpetratorId: id.kzCourts,
          involvement: 'direct',
          place: { country: 'KZ' },
          certainty: 'alleged',
        },
      ],
      charges: [{ text: 'Part in the December 2011 unrest in Zhanaozen' }],
      timeline: [
        {
          date: '2012',
          dateApprox: true,
          kind: 'arrest',
          description: 'Taken into custody after the Zhanaozen events.',
        },
        { date: '2012', dateApprox: true, kind: 'verdict', description: 'Five-year prison term.' },
      ],
    },
  },
  {
    id: id.kozlovCase,
    input: {
      slug: 'kozlov-alga',
      title: 'Vladimir Kozlov: arrest and trial of the Alga leader',
      subject: { type: 'person', id: id.kozlov },
      country: 'KZ',
      status: 'serving_sentence',
      court: 'Aktau City Court',
      sentence: { kind: 'prison', years: 7.5 },
      summary:
        'Detained on coming home from Brussels, where he had presented a rights report; tried in what supporters call a staged process.',
      eventIds: [id.zhanaozenShooting, id.elections2012, id.brusselsReport],
      acts: [
        {
          kind: 'arrest',
          date: '2012-01',
          perpetratorId: id.kzLawEnforcement,
          involvement: 'direct',
          place: { country: 'KZ' },
          certainty: 'alleged',
        },
        {
          kind: 'sentence',
          date: '2012-10',
          perpetratorId: id.kzCourts,
          involvement: 'direct',
          place: { country: 'KZ', locality: 'Aktau' },
          certainty: 'alleged',
        },
      ],
      charges: [
        { text: 'Inciting social discord' },
        { text: 'Calling for the violent overthrow of the constitutional order' },
        { text: 'Leading an organised criminal group' },
      ],
      timeline: [
        { date: '2012-01', kind: 'arrest', description: 'Arrested soon after returning from Brussels.' },
        { date: '2012-10', kind: 'verdict', description: 'Seven and a half years in prison.' },
      ],
      designations: [
        { kind: 'political_prisoner', issuerId: id.solidarityCommittee, date: '2014-12', criteria: ['a', 'e'] },
      ],
    },
  },
  {
    id: id.kuramshinCase,
    input: {
      slug: 'kuramshin-warsaw-report',
      title: 'Vadim Kuramshin: twelve years after speaking at the OSCE',
      subject: { type: 'person', id: id.kuramshin },
      country: 'KZ',
      status: 'serving_sentence',
      sentence: { kind: 'prison', months: 144 },
      summary: 'Prosecuted after reporting on prison abuse to an OSCE meeting in Warsaw.',
      eventIds: [id.warsawConference],
      acts: [
        {
          kind: 'arrest',
          date: '2012-12',
          dateApprox: true,
          perpetratorId: id.kzLawEnforcement,
          involvement: 'direct',
          place: { country: 'KZ' },
          certainty: 'alleged',
        },
        {
          kind: 'sentence',
          date: '2013',
          dateApprox: true,
          perpetratorId: id.kzCourts,
          involvement: 'direct',
          place: { country: 'KZ' },
          certainty: 'alleged',
        },
      ],
      timeline: [
        { date: '2012-12', dateApprox: true, kind: 'arrest', description: 'Detained after his return from Warsaw.' },
        { date: '2013', dateApprox: true, kind: 'verdict', description: 'Twelve-year prison term.' },
      ],
      designations: [
        { kind: 'political_prisoner', issuerId: id.solidarityCommittee, date: '2014-12', criteria: ['a', 'c'] },
      ],
    },
  },
  {
    id: id.ablyazovCase,
    input: {
      slug: 'ablyazov-extradition',
      title: 'Mukhtar Ablyazov: extradition from France sought',
      subject: { type: 'person', id: id.ablyazov },
      country: 'KZ',
      status: 'extradition_pending',
      summary:
        'A French court allowed his transfer to Russia or Ukraine; the signatories see Kazakhstan behind the pursuit and fear for his safety.',
      acts: [
        {
          kind: 'extradition_request',
          perpetratorId: id.kzLawEnforcement,
          involvement: 'indirect',
          place: { country: 'FR' },
          certainty: 'alleged',
          description: 'Formally sought by Russia and Ukraine; the letter sees Astana as the driving force.',
        },
        {
          kind: 'extradition_decision',
          date: '2014',
          dateApprox: true,
          perpetratorId: id.frenchCourt,
          involvement: 'complicit',
          place: { country: 'FR' },
          certainty: 'alleged',
          description: 'Ruling in favour of handing him over to Russia or Ukraine.',
        },
      ],
      charges: [{ text: 'Financial offences, which the signatories regard as a pretext' }],
      timeline: [
        {
          date: '2014',
          dateApprox: true,
          kind: 'extradition_decision',
          description: 'French court rules for extradition.',
        },
      ],
    },
  },
  {
    id: id.mediaCase,
    input: {
      slug: 'zhanaozen-media-extremist',
      title: 'Independent media labelled extremist over Zhanaozen reporting',
      subject: { type: 'organisation', id: id.zhanaozenMedia },
      country: 'KZ',
      status: 'unknown',
      summary: 'Outlets that reported on Zhanaozen were branded extremist; their journalists could hardly work.',
      eventIds: [id.zhanaozenShooting],
      acts: [
        {
          kind: 'designation_extremist',
          date: '2012',
          dateApprox: true,
          perpetratorId: id.kzCourts,
          involvement: 'direct',
          place: { country: 'KZ' },
          certainty: 'alleged',
        },
      ],
      timeline: [{ date: '2012', dateApprox: true, kind: 'other', description: 'Outlets declared extremist.' }],
    },
  },
];

/** The letter itself, described in our words; its text is not part of the register. */
export const DEMO_SOURCES: readonly DemoRecord<SourceInput>[] = [
  {
    id: id.openLetter,
    input: {
      slug: 'open-letter-hollande-kazakhstan-2014',
      title: 'Open letter from Russian rights defenders to the French President ahead of his 2014 Kazakhstan trip',
      publisher:
        'Moscow Helsinki Group; Civic Assistance; All-Russian movement For Human Rights; International Committee for Solidarity with political prisoners in Kazakhstan',
      publishedDate: '2014-12',
      language: 'en',
      reliability: 'medium',
      notes:
        'Appeal asking the French President to bring up rights abuses in Kazakhstan while there. Cited by paragraph; paragraph 1 is the first after the salutation.',
    },
  },
];

const cite = (
  n: string,
  type: string,
  recordId: string,
  locator: string,
  field?: string,
): DemoRecord<CitationInput> => ({
  id: `019899H800DEMT0000000000${n}`,
  input: {
    sourceId: id.openLetter,
    record: { type, id: recordId },
    locator,
    certainty: 'alleged',
    ...(field ? { field } : {}),
  },
});

/** What the letter backs: every case, every person, the events and the signatories' titles. */
export const DEMO_CITATIONS: readonly DemoRecord<CitationInput>[] = [
  cite('01', 'case', id.tuletayevaCase, 'paragraph 5'),
  cite('02', 'case', id.tuletayevaCase, 'paragraph 5', 'sentence.months'),
  cite('03', 'case', id.kozlovCase, 'paragraph 5'),
  cite('04', 'case', id.kozlovCase, 'paragraph 5', 'sentence.months'),
  cite('05', 'case', id.kuramshinCase, 'paragraph 7'),
  cite('06', 'case', id.kuramshinCase, 'paragraph 7', 'sentence.months'),
  cite('07', 'case', id.ablyazovCase, 'paragraphs 8 to 11'),
  cite('08', 'case', id.mediaCase, 'paragraph 6'),
  cite('09', 'person', id.tuletayeva, 'paragraph 5'),
  cite('10', 'person', id.kozlov, 'paragraph 5'),
  cite('11', 'person', id.kuramshin, 'paragraph 7'),
  cite('12', 'person', id.ablyazov, 'paragraph 8'),
  cite('13', 'person', id.alexeeva, 'signature block'),
  cite('14', 'person', id.borschev, 'signature block'),
  cite('15', 'person', id.gannushkina, 'signature block'),
  cite('16', 'person', id.ponomarev, 'signature block'),
  cite('17', 'person', id.hollande, 'address line'),
  cite('18', 'membership', id.alexeevaMhg, 'signature block'),
  cite('19', 'membership', id.borschevMhg, 'signature block'),
  cite('20', 'membership', id.ponomarevCommittee, 'signature block'),
  cite('21', 'membership', id.kozlovAlga, 'paragraph 5'),
  cite('22', 'event', id.zhanaozenShooting, 'paragraph 4'),
  cite('23', 'event', id.elections2012, 'paragraph 5'),
  cite('24', 'event', id.brusselsReport, 'paragraph 5'),
  cite('25', 'event', id.warsawConference, 'paragraph 7'),
  cite('26', 'event', id.stateVisit, 'paragraph 1'),
  cite('27', 'event', id.independence, 'paragraph 3'),
];
