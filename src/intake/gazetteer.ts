// Word lists the rules lean on: given names, places, the words that announce a role, an organisation or an event.
// Kept small and general; the register itself adds every name it holds (see build-gazetteer in propose.ts).
import { countries } from '../i18n/countries.ts';
import type { EVENT_KINDS, ORGANISATION_KINDS, PERSON_ROLES } from '../domain/vocabulary.ts';
import { foldText } from '../text/fold.ts';

/** Common given names (Latin and Cyrillic spellings) of the regions Vigil's groups work on (Russia, Central Asia,
 * Azerbaijan, Belarus and Ukraine in their own Latin spellings), and of French and English. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `aleksandr alexander alexandre александр aleksei alexei alexey алексей anatoly анатолий andrei andrey андрей anna анна anton антон
  arkady аркадий boris борис dmitry dmitri дмитрий evgeny yevgeny евгений elena yelena елена galina галина gennady геннадий grigory григорий
  igor игорь ilya илья irina ирина ivan иван konstantin константин ksenia ксения lev лев leonid леонид lyudmila ludmila liudmila людмила
  maria mariya мария marina марина mikhail михаил natalia natalya наталья nikolai nikolay николай oleg олег olga ольга pavel павел
  pyotr petr пётр петр roman роман sergei sergey сергей svetlana светлана tatiana tatyana татьяна valery valeriy valeri валерий
  vadim вадим vasily василий viktor victor виктор vladimir владимир vladislav владислав vyacheslav вячеслав yulia yuliya julia юлия
  yury yuri юрий zoya зоя nadezhda надежда oksana оксана taras тарас bogdan богдан petro петро mykola микола
  roza роза mukhtar мухтар nursultan нурсултан kassym kasym касым zhanna жанна ermek ермек aidos айдос bolat болат serik серик
  nurlan нурлан asel асель aigul айгуль dinara динара gulnara гульнара marat марат rinat ринат rustam рустам timur тимур azamat азамат
  daniyar данияр yerlan erlan ерлан amir амир askar аскар ruslan руслан akzhan акжан galym галым maks maksim maxim максим
  francois françois франсуа emmanuel эммануэль nicolas николя jacques жак jean жан pierre пьер marie мари louis луи philippe филипп
  catherine екатерина ekaterina yekaterina michel мишель alain ален laurent лоран sophie софи
  nathalie natalie joëlle georges jean-marc jean-pierre jean-claude jean-luc jean-paul marc martine nicole cécile isabelle
  christine françoise anne claire julie camille olivier gérard denis patrick daniel bernard christophe julien antoine
  mathieu sylvie monique dominique hélène valérie
  philip stephen steve richard mark joseph charles jane helen susan emma kate mohammed mohammad muhammad ahmed ahmet mehmet
  john джон james джеймс david давид дэвид michael майкл william robert paul пол peter mary elizabeth sarah thomas george andrew
  angela ангела boris
  leyla leila лейла arif ариф anar анар rasul расул intigam интигам khadija хадиджа ilgar ильгар emin эмин tofig тофиг
  elnur эльнур elchin эльчин rauf рауф ilham ильхам mehman мехман afgan afghan афган sakit сакит aygun айгюн gunel гюнель
  vugar вугар fuad фуад natig натиг tural турал orkhan орхан seymur сеймур bakhtiyar бахтияр rashad рашад zaur заур
  tofiq ilqar ales алесь aliaksandr alyaksandr аляксандр uladzimir уладзимир siarhei сяргей mikalai мікалай maryia iryna ihar
  vasil yauhen artsiom zmitser aliaksei viktar valiantsin anatol ryhor vitold
  volodymyr oleksandr olexandr olexandre oleksiy olexiy dmytro andriy yevhen serhiy vitaliy yuriy ihor vasyl mykhailo glib hlib
  darya daria дарья
  can erdem recep tayyip ahmet mustafa kemal osman orhan ozan nazli ayse fatma zeynep emre burak selahattin figen sebnem
  ali hassan hasan hussein husein omar umar khalid yusuf youssef ibrahim ismail alaa abdel abdul abdullah abdallah mahmoud
  mahmud tarek tariq karim amr hosni laila leila layla fatima mona nasrin narges shirin faezeh hossein hamid reza mehdi
  mohsen zahra maryam ebrahim
  xi liu wang zhang chen yang huang zhao zhou xu sun hu guo lin gao luo zheng xie tang deng feng cao peng xiao tian
  ilham gigi giorgi nika levan irakli mzia salome tinatin zurab mikheil davit tamar nino ketevan
  jennifer jessica michelle nancy barbara linda margaret patricia elizabeth karen lisa betty ruth carol christopher
  matthew anthony antony donald kenneth brian kevin edward ronald timothy jason jeffrey ryan gary eric benjamin samuel
  desmond nelson barack hillary bernie dick ed frank chris kirsten sherrod ben bob marco ted
  эван эрдоган джеймс`
    .split(/\s+/)
    .filter(Boolean)
    .map(foldText),
);

/** Endings of family names that mark a word as a surname even when the given name is unknown. */
export const SURNAME_ENDING =
  /(?:ov|ova|ev|eva|yev|yeva|in|ina|sky|skaya|ski|enko|chuk|yuk|uk|yan|ian|shvili|dze|uly|kyzy|ovich|evich|ов|ова|ев|ева|ин|ина|ский|ская|енко|чук|юк|ук|ян|швили|дзе|улы|кызы|ович|евич)$/u;

/** Words that start a capitalised sequence without being a name. */
export const NOT_NAME = new Set(
  `the a an in on of at to for and but by from with this that these those his her their our your its mr mrs ms dear president
  your excellency prosecutor general minister ambassador embassy credit photo kazakhstani kazakh russian belarusian azerbaijani european american asian african arab british chief public chair ranking department french german uzbek kyrgyz turkmen tajik ukrainian armenian georgian chechen chairman chairwoman председатель правления meps mps mep mp dr prof sir excellency his-excellency however also even unfortunately we i it there when while after before during since until following despite although because meanwhile journalists human
  в на по с к и но а о об от для при это этот эта эти его её их наш ваш уважаемый уважаемая господин госпожа президент депутаты депутат г-н г-жа г-ну
  le la les un une des du de dans sur pour par avec et mais ce cette ces son sa ses leur notre votre monsieur madame cher chere president selon
  nobel laureate laureates laureat laureats laureate laureates prize prix лауреат лауреаты премия премии
  chinese turkish iranian egyptian georgian armenian norwegian swedish polish italian spanish japanese indian
  regarding concerning honorable honourable hon pravitelstva pravitelstvo
  kazakhs russians belarusians uzbeks tajiks ukrainians armenians georgians chechens azerbaijanis americans europeans
  freeing releasing saving supporting defending demanding congress congressman congresswoman congressmen senate
  incoming outgoing former foreign interior deputy vice prime secretary secretary-general commissioner ombudsman chancellor speaker
  archbishop bishop ayatollah sheikh imam rabbi reverend cardinal patriarch senator governor mayor judge archevêque
  senators representative representatives lawmakers legislators parliamentarians women men section prison sentences
  reportage reporting
  архиепископ епископ
  ранее позже затем также вчера сегодня накануне кроме однако теперь жогорку
  republic republique brotherhood release члены членов messrs mme mlle
  activist activists journalist journalists blogger bloggers lawyer lawyers defender defenders dissident dissidents`
    .split(/\s+/)
    .filter(Boolean),
);

/** Cities named in two or three words, never a person's name ("New York", "Addis Ababa"): their search keys. */
export const CITIES_OF_WORDS = new Set([
  'new york',
  'new delhi',
  'los angeles',
  'san francisco',
  'buenos aires',
  'addis ababa',
  'tel aviv',
  'kuala lumpur',
  'abu dhabi',
  'hong kong',
  'mexico city',
  'rio de janeiro',
  'sao paulo',
  'saint petersburg',
  'st petersburg',
  'nizhny novgorod',
  'santo domingo',
  'port louis',
]);

/** Cities and towns the register's documents often name: search key → country. */
export const LOCALITIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    warsaw: 'PL',
    варшава: 'PL',
    varsovie: 'PL',
    astana: 'KZ',
    астана: 'KZ',
    almaty: 'KZ',
    алматы: 'KZ',
    'алма ата': 'KZ',
    zhanaozen: 'KZ',
    janaozen: 'KZ',
    жанаозен: 'KZ',
    aktau: 'KZ',
    актау: 'KZ',
    moscow: 'RU',
    москва: 'RU',
    moscou: 'RU',
    paris: 'FR',
    париж: 'FR',
    strasbourg: 'FR',
    страсбург: 'FR',
    brussels: 'BE',
    брюссель: 'BE',
    bruxelles: 'BE',
    geneva: 'CH',
    женева: 'CH',
    geneve: 'CH',
    kyiv: 'UA',
    // Regions and cities of Ukraine under occupation, named as where people were taken ("de Crimée", "of Donetsk").
    crimea: 'UA',
    crimee: 'UA',
    donetsk: 'UA',
    donbass: 'UA',
    donbas: 'UA',
    luhansk: 'UA',
    lougansk: 'UA',
    louhansk: 'UA',
    kherson: 'UA',
    mariupol: 'UA',
    marioupol: 'UA',
    simferopol: 'UA',
    sevastopol: 'UA',
    sebastopol: 'UA',
    kiev: 'UA',
    киев: 'UA',
    київ: 'UA',
    minsk: 'BY',
    минск: 'BY',
    tashkent: 'UZ',
    ташкент: 'UZ',
    bishkek: 'KG',
    бишкек: 'KG',
    baku: 'AZ',
    баку: 'AZ',
    tbilisi: 'GE',
    тбилиси: 'GE',
    vienna: 'AT',
    вена: 'AT',
    vienne: 'AT',
    london: 'GB',
    лондон: 'GB',
    londres: 'GB',
    // Capitals and large cities of the countries the register's letters and news most often come from.
    ababa: 'ET',
    bujumbura: 'BI',
    kigali: 'RW',
    penh: 'KH',
    yangon: 'MM',
    hanoi: 'VN',
    cairo: 'EG',
    caire: 'EG',
    tunis: 'TN',
    rabat: 'MA',
    casablanca: 'MA',
    alger: 'DZ',
    algiers: 'DZ',
    tehran: 'IR',
    teheran: 'IR',
    тегеран: 'IR',
    dushanbe: 'TJ',
    душанбе: 'TJ',
    ashgabat: 'TM',
    ашхабад: 'TM',
    caracas: 'VE',
    managua: 'NI',
    havana: 'CU',
    havane: 'CU',
    riyadh: 'SA',
    manama: 'BH',
    ankara: 'TR',
    istanbul: 'TR',
    стамбул: 'TR',
    yerevan: 'AM',
    ереван: 'AM',
    harare: 'ZW',
    nairobi: 'KE',
    kampala: 'UG',
    khartoum: 'SD',
    beijing: 'CN',
  }),
);

/** Country names in English, Russian and French (with the short forms people write): search key → ISO code. */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const lang of ['en', 'ru', 'fr']) {
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const name of names) if (name.length >= 4) map.set(foldText(name), code);
    }
  }
  for (const [name, code] of Object.entries({
    'french republic': 'FR',
    'республика казахстан': 'KZ',
    'republique francaise': 'FR',
    россия: 'RU',
    russie: 'RU',
    // Short forms the library's Russian and English names leave out.
    азербаиджан: 'AZ',
    туркменистан: 'TM',
    туркмения: 'TM',
    кыргызстан: 'KG',
    киргизия: 'KG',
    белоруссия: 'BY',
    молдова: 'MD',
    moldova: 'MD',
    'bosnia herzegovina': 'BA',
    // The form Vietnam's own documents and the UN use.
    'viet nam': 'VN',
  }))
    map.set(name, code);
  return map;
})();

type RoleKind = (typeof PERSON_ROLES)[number];

/** Words that say what a person is, with the register's role for them. Longest first when matched. */
export const ROLE_WORDS: readonly [string, RoleKind][] = [
  ['human rights defender', 'human_rights_defender'],
  ['human-rights defender', 'human_rights_defender'],
  ['human rights activist', 'human_rights_defender'],
  ['правозащитник', 'human_rights_defender'],
  ['правозащитница', 'human_rights_defender'],
  ['défenseur des droits humains', 'human_rights_defender'],
  ['défenseur des droits de l’homme', 'human_rights_defender'],
  ['défenseure des droits', 'human_rights_defender'],
  ['militant des droits', 'human_rights_defender'],
  ['activist', 'activist'],
  ['активист', 'activist'],
  ['активистка', 'activist'],
  ['militant', 'activist'],
  ['militante', 'activist'],
  ['militante', 'activist'],
  ['journalist', 'journalist'],
  ['журналист', 'journalist'],
  ['журналистка', 'journalist'],
  ['journaliste', 'journalist'],
  ['opposition figure', 'politician'],
  ['oppositionist', 'politician'],
  ['opposition leader', 'politician'],
  ['politician', 'politician'],
  ['оппозиционер', 'politician'],
  ['политик', 'politician'],
  ['opposant', 'politician'],
  ['opposante', 'politician'],
  ['homme politique', 'politician'],
  ['businessman', 'businessperson'],
  ['businesswoman', 'businessperson'],
  ['бизнесмен', 'businessperson'],
  ['предприниматель', 'businessperson'],
  ['homme d’affaires', 'businessperson'],
  ['lawyer', 'lawyer'],
  ['адвокат', 'lawyer'],
  ['avocat', 'lawyer'],
  ['avocate', 'lawyer'],
  ['blogger', 'blogger'],
  ['блогер', 'blogger'],
  ['blogueur', 'blogger'],
  ['oil worker', 'worker'],
  ['нефтяник', 'worker'],
  ['poet', 'artist'],
  ['поэт', 'artist'],
  ['artist', 'artist'],
  ['художник', 'artist'],
  ['student', 'student'],
  ['студент', 'student'],
  ['étudiant', 'student'],
  ['dissident', 'activist'],
  ['диссидент', 'activist'],
];

type OrgKind = (typeof ORGANISATION_KINDS)[number];

/** Head nouns of organisation names and the kind they give. Russian ones are stems (группа, группы, группой). */
export const ORG_HEADS: readonly [RegExp, OrgKind][] = [
  [/^(?:party|партия|партии|партию|parti)$/iu, 'party'],
  [/^(?:movement|движение|движения|mouvement)$/iu, 'movement'],
  [
    /^(?:group|committee|foundation|centre|center|association|society|union|network|watch|assistance|memorial|institute|bureau|league|группа|группы|комитет|комитета|фонд|центр|союз|ассоциация|общество|институт|бюро|лига|groupe|comité|fondation|centre|ligue|institut|bureau)$/iu,
    'ngo',
  ],
  [/^(?:court|tribunal|суд|суда|cour)$/iu, 'court'],
  [
    /^(?:parliament|commission|council|assembly|парламент|парламента|комиссия|комиссии|совет|ассамблея|parlement|conseil|assemblée)$/iu,
    'international_body',
  ],
  [
    // "Prosecutor General" and "Public Prosecutor" are a person's title; "the Prosecutor General's Office" is the body.
    /^(?:ministry|office|police|service|services|министерство|прокуратура|полиция|служба|ministère|parquet)$/iu,
    'state_body',
  ],
  [/^(?:newspaper|magazine|tv|radio|газета|журнал|journal|télévision)$/iu, 'media_outlet'],
  [
    /^(?:federation|coalition|alliance|initiative|platform|club|fédération|plateforme|коалиция|альянс|инициатива|клуб)$/iu,
    'ngo',
  ],
  [/^(?:agency|university|academy|agence|université|académie|агентство|университет|академия)$/iu, 'other'],
];

/**
 * More bodies that letters, statements and news about persecution in the region name often, as they are written in
 * English, Russian and French: international bodies, rights groups, the region's independent media and the
 * international agencies and broadcasters that report on it, security services and parties. Keyed by their folded form
 * below; a name written in capitals only (an abbreviation) is found only when the text writes it in capitals too.
 */
const WIDELY_KNOWN: readonly (readonly [string, OrgKind])[] = [
  ['UN', 'international_body'],
  ['EU', 'international_body'],
  ['ЕС', 'international_body'],
  ['UE', 'international_body'],
  ['Organization for Security and Co-operation in Europe', 'international_body'],
  ['Organization for Security and Cooperation in Europe', 'international_body'],
  ['ODIHR', 'international_body'],
  ['БДИПЧ', 'international_body'],
  ['UN Human Rights Council', 'international_body'],
  ['Совет ООН по правам человека', 'international_body'],
  ['European Commission', 'international_body'],
  ['Еврокомиссия', 'international_body'],
  ['Commission européenne', 'international_body'],
  ['European External Action Service', 'international_body'],
  ['EEAS', 'international_body'],
  ['World Organisation Against Torture', 'ngo'],
  ['Organisation mondiale contre la torture', 'ngo'],
  ['Всемирная организация против пыток', 'ngo'],
  ['OMCT', 'ngo'],
  ['Transparency International', 'ngo'],
  ['Index on Censorship', 'ngo'],
  ['Freedom Now', 'ngo'],
  ['People in Need', 'ngo'],
  ['Civil Rights Defenders', 'ngo'],
  ['International Partnership for Human Rights', 'ngo'],
  ['IPHR', 'ngo'],
  ['Международное партнерство по правам человека', 'ngo'],
  ['Human Rights House Foundation', 'ngo'],
  ['Helsinki Foundation for Human Rights', 'ngo'],
  ['International Press Institute', 'ngo'],
  ['IPI', 'ngo'],
  ['Open Dialogue Foundation', 'ngo'],
  ['Crude Accountability', 'ngo'],
  ['Internews', 'ngo'],
  ['Memorial', 'ngo'],
  ['Мемориал', 'ngo'],
  ['Viasna', 'ngo'],
  ['Вясна', 'ngo'],
  ['OVD-Info', 'ngo'],
  ['ОВД-Инфо', 'ngo'],
  ['Agora', 'ngo'],
  ['Агора', 'ngo'],
  ['Ligue des droits de l’Homme', 'ngo'],
  ['Международная федерация за права человека', 'ngo'],
  ['Fédération internationale pour les droits humains', 'ngo'],
  ['Kazakhstan International Bureau for Human Rights and Rule of Law', 'ngo'],
  ['Казахстанское международное бюро по правам человека и соблюдению законности', 'ngo'],
  ['Radio Free Europe/Radio Liberty', 'media_outlet'],
  ['Radio Free Europe', 'media_outlet'],
  ['Radio Liberty', 'media_outlet'],
  ['RFE/RL', 'media_outlet'],
  ['Радио Свобода', 'media_outlet'],
  ['Радио Азаттык', 'media_outlet'],
  ['Radio Azattyq', 'media_outlet'],
  ['Radio Azattyk', 'media_outlet'],
  ['Radio Ozodi', 'media_outlet'],
  ['Current Time', 'media_outlet'],
  ['Настоящее время', 'media_outlet'],
  ['Voice of America', 'media_outlet'],
  ['Голос Америки', 'media_outlet'],
  ['BBC', 'media_outlet'],
  ['Би-би-си', 'media_outlet'],
  ['Reuters', 'media_outlet'],
  ['Рейтер', 'media_outlet'],
  ['Agence France-Presse', 'media_outlet'],
  ['AFP', 'media_outlet'],
  ['Associated Press', 'media_outlet'],
  ['Интерфакс', 'media_outlet'],
  ['Interfax', 'media_outlet'],
  ['ТАСС', 'media_outlet'],
  ['РИА Новости', 'media_outlet'],
  ['Новая газета', 'media_outlet'],
  ['Novaya Gazeta', 'media_outlet'],
  ['Медиазона', 'media_outlet'],
  ['Mediazona', 'media_outlet'],
  ['Медуза', 'media_outlet'],
  ['Meduza', 'media_outlet'],
  ['Belsat', 'media_outlet'],
  ['Белсат', 'media_outlet'],
  ['Наша Ніва', 'media_outlet'],
  ['Nasha Niva', 'media_outlet'],
  ['Хартия-97', 'media_outlet'],
  ['Kloop', 'media_outlet'],
  ['Meydan TV', 'media_outlet'],
  ['Facebook', 'company'],
  ['KNB', 'state_body'],
  ['КНБ', 'state_body'],
  ['GKNB', 'state_body'],
  ['ГКНБ', 'state_body'],
  ['KGB', 'state_body'],
  ['КГБ', 'state_body'],
  ['FSB', 'state_body'],
  ['ФСБ', 'state_body'],
  ['МВД', 'state_body'],
  ['Nur Otan', 'party'],
  ['Нур Отан', 'party'],
  ['Единая Россия', 'party'],
  ['United Russia', 'party'],
  ['Democratic Choice of Kazakhstan', 'party'],
  ['Демократический выбор Казахстана', 'party'],
  ['Choix démocratique du Kazakhstan', 'party'],
  ['DVK', 'party'],
  ['ДВК', 'party'],
];

/** Abbreviations of well-known names: a text that writes both names one organisation. */
export const KNOWN_ABBREVIATIONS: readonly (readonly [string, readonly string[]])[] = [
  ['UN', ['United Nations']],
  ['ООН', ['Организация Объединённых Наций']],
  ['ONU', ['Organisation des Nations unies']],
  ['EU', ['European Union']],
  ['ЕС', ['Евросоюз', 'Европейский союз']],
  ['UE', ['Union européenne']],
  [
    'OSCE',
    ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'],
  ],
  ['EEAS', ['European External Action Service']],
  ['OMCT', ['World Organisation Against Torture', 'Organisation mondiale contre la torture']],
  ['IPHR', ['International Partnership for Human Rights']],
  ['IPI', ['International Press Institute']],
  ['RFE/RL', ['Radio Free Europe/Radio Liberty', 'Radio Free Europe', 'Radio Liberty']],
  ['AFP', ['Agence France-Presse']],
  ['DVK', ['Democratic Choice of Kazakhstan']],
  ['ДВК', ['Демократический выбор Казахстана']],
  ['FIDH', ['Fédération internationale pour les droits humains', 'Международная федерация за права человека']],
];

/** Well-known bodies by name and abbreviation: search key → [name to show, kind]. */
export const KNOWN_ORGANISATIONS: ReadonlyMap<string, [string, OrgKind]> = new Map(
  Object.entries({
    osce: ['OSCE', 'international_body'],
    обсе: ['ОБСЕ', 'international_body'],
    osze: ['OSCE', 'international_body'],
    'united nations': ['United Nations', 'international_body'],
    оон: ['ООН', 'international_body'],
    onu: ['ONU', 'international_body'],
    'council of europe': ['Council of Europe', 'international_body'],
    pace: ['PACE', 'international_body'],
    пасе: ['ПАСЕ', 'international_body'],
    'amnesty international': ['Amnesty International', 'ngo'],
    'human rights watch': ['Human Rights Watch', 'ngo'],
    // The international bodies and groups letters about persecution name most, in the three languages.
    'european union': ['European Union', 'international_body'],
    'union europeenne': ['Union européenne', 'international_body'],
    евросоюз: ['Евросоюз', 'international_body'],
    'европеискии союз': ['Европейский союз', 'international_body'],
    'european parliament': ['European Parliament', 'international_body'],
    'parlement europeen': ['Parlement européen', 'international_body'],
    европарламент: ['Европарламент', 'international_body'],
    'европеискии парламент': ['Европейский парламент', 'international_body'],
    'european court of human rights': ['European Court of Human Rights', 'court'],
    еспч: ['ЕСПЧ', 'court'],
    'reporters without borders': ['Reporters Without Borders', 'ngo'],
    'reporters sans frontieres': ['Reporters sans frontières', 'ngo'],
    'репортеры без границ': ['Репортёры без границ', 'ngo'],
    'committee to protect journalists': ['Committee to Protect Journalists', 'ngo'],
    'front line defenders': ['Front Line Defenders', 'ngo'],
    'freedom house': ['Freedom House', 'ngo'],
    'article 19': ['Article 19', 'ngo'],
    fidh: ['FIDH', 'ngo'],
    'pen international': ['PEN International', 'ngo'],
    'norwegian helsinki committee': ['Norwegian Helsinki Committee', 'ngo'],
    interpol: ['Interpol', 'international_body'],
    интерпол: ['Интерпол', 'international_body'],
  })
    .map(([k, v]) => [k, v as [string, OrgKind]] as const)
    .concat(WIDELY_KNOWN.map(([name, kind]) => [foldText(name), [name, kind]] as const)),
);

type EventKind = (typeof EVENT_KINDS)[number];

/** Nouns that name events, with their kind. Matched on a word's search key (Russian by stem). */
export const EVENT_WORDS: readonly [RegExp, EventKind][] = [
  [/^(?:visit|visite|визит\p{L}*)$/u, 'state_visit'],
  [/^(?:conference|conférence|конференци\p{L}*|meeting|совещани\p{L}*)$/u, 'conference'],
  [/^(?:elections?|élections?|выбор\p{L}*)$/u, 'election'],
  [
    /^(?:demonstrations?|protests?|rally|rallies|manifestations?|митинг\p{L}*|протест\p{L}*|демонстраци\p{L}*)$/u,
    'protest',
  ],
  [/^(?:strike|strikes|grève|greve|забастовк\p{L}*)$/u, 'strike'],
  [/^(?:shooting|massacre|расстрел\p{L}*|fusillade)$/u, 'shooting'],
  [/^(?:trial|процесс\p{L}*|procès|proces)$/u, 'trial'],
  [/^(?:summit|саммит\p{L}*|sommet)$/u, 'summit'],
  [/^(?:events|события|событий|событиях|événements|evenements)$/u, 'other'],
];

/**
 * Surnames of heads of state and government the register's letters are written to or about, as English, French and
 * Russian texts spell them. Such a surname written alone ("President Aliyev", «Назарбаев, немедленно освободи …», « le
 * Président Poutine ») names that person even when no full mention precedes it. Search key of the nominative → the
 * name as proposed.
 */
export const LEADER_SURNAMES: ReadonlyMap<string, string> = new Map(
  `Aliyev Aliev Алиев Nazarbayev Nazarbaev Nazarbaïev Назарбаев Tokayev Tokaev Toqaev Tokaïev Токаев Lukashenko
  Lukashenka Lukaschenka Lukaschenko Loukachenko Лукашенко Лукашэнка Putin Poutine Путин Medvedev Medvedev Медведев Mirziyoyev Mirziyoev
  Mirzioïev Мирзиёев Karimov Каримов Rahmon Rakhmon Rahmonov Rakhmonov Рахмон Рахмонов Japarov Zhaparov Djaparov
  Жапаров Atambayev Atambaev Atambaïev Атамбаев Jeenbekov Жээнбеков Berdimuhamedov Berdymukhamedov Berdimuhamedow
  Berdymoukhamedov Бердымухамедов Pashinyan Пашинян Zelensky Zelenskyy Zelenski Зеленский Erdogan Erdoğan Эрдоган
  Macron Макрон Hollande Олланд Sarkozy Саркози Merkel Меркель Biden Байден Trump Трамп Obama Обама`
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => [foldText(name), name]),
);

/**
 * Heads of state and government the register's documents write to, named in full (given name and surname, in Latin
 * and Cyrillic spellings), matched on the folded name with hyphens as spaces. Such a person is the one appealed to, never
 * proposed as the victim of an act: an act against one of them is entered by hand.
 */
const HEADS_OF_STATE =
  /^(?:(?:vladimir|владимир) (?:putin|poutine|путин)|(?:alexander|alexandre|aleksandr|alyaksandr|александр|аляксандр) (?:lukashenk[oa]|lukaschenk[oa]|loukachenko|лукашенко|лукашэнка)|(?:ilham|ильхам) (?:aliyev|aliev|алиев)|(?:nursultan|нурсултан) (?:nazarbayev|nazarbaev|nazarbaiev|назарбаев)|(?:kassym|kasym|qasym|касым)(?: (?:jomart|zhomart|жомарт))? (?:tokayev|tokaev|toqaev|tokaiev|токаев)|(?:shavkat|chavkat|шавкат) (?:mirziyoyev|mirziyoev|mirzioiev|мирзиеев)|(?:islam|ислам) (?:karimov|каримов)|(?:emomali|эмомали) (?:rahmon|rakhmon|rahmonov|rakhmonov|рахмон|рахмонов)|(?:sadyr|садыр) (?:japarov|zhaparov|djaparov|жапаров)|(?:gurbanguly|gourbangouly|гурбангулы|serdar|сердар) (?:berdimuhamedov|berdymukhamedov|berdimuhamedow|berdymoukhamedov|бердымухамедов)|(?:recep|реджеп)(?: (?:tayyip|тайип))? (?:erdogan|эрдоган)|(?:emmanuel|эммануэль) (?:macron|макрон)|(?:francois|франсуа) (?:hollande|олланд)|(?:nicolas|николя) (?:sarkozy|саркози)|(?:angela|ангела) (?:merkel|меркель)|(?:joe|joseph|джо) (?:biden|байден)|(?:donald|дональд) (?:trump|трамп)|(?:barack|барак) (?:obama|обама)|(?:xi|си) (?:jinping|цзиньпин)|(?:abdel|abd el) (?:fattah|fatah) (?:(?:al|el) )?(?:sisi|sissi)|(?:ali|али) (?:khamenei|хаменеи)|(?:volodymyr|владимир) (?:zelensky|zelenskyy|zelenski|зеленский))$/u;

/** Whether a name is that of a head of state the register's documents write to (see HEADS_OF_STATE). */
export function isHeadOfStateName(name: string): boolean {
  return HEADS_OF_STATE.test(foldText(name.replace(/-/gu, ' ')).replace(/\s+/gu, ' ').trim());
}

/** Regions named in two words, never a person's name: search keys, Russian words cut to their stems (ruStem). */
export const REGION_NAMES: ReadonlySet<string> = new Set([
  'central asia',
  'south caucasus',
  'north caucasus',
  'eastern europe',
  'western europe',
  'central europe',
  'middle east',
  'south east asia',
  'latin america',
  'asie centrale',
  'caucase du sud',
  'caucase du nord',
  'europe de l est',
  'moyen orient',
  'центральн ази',
  'южн кавказ',
  'северн кавказ',
  'восточн европ',
]);
