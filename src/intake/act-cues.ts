// The words that tell an act in English, Russian and French, one list per kind of act, and the words around them that
// decide its details (a sentence's context, a court's decision, a suspended term) or that tell no act at all (a release).
import type { ACT_KINDS } from '../domain/vocabulary.ts';

/** A kind of act in the register's vocabulary. */
export type ActKind = (typeof ACT_KINDS)[number];

// "while in police custody", «в СИЗО», « en garde à vue »: the custody a killing happened in.
const IN_CUSTODY = String.raw`\s+(?:while\s+)?(?:(?:in|under|во?|en)\s+(?:police\s+)?(?:custody|detention|prison|jail|СИЗО|détention|garde\s+à\s+vue)|под\s+стражей)(?![\p{L}])`;
// The words of a death, in the three languages, for the pattern that reads the custody named before them.
const DIED = String.raw`(?:died|умер(?:л[аи]?)?|скончал\p{L}*|погиб\p{L}*|est\s+morte?|décédée?s?)`;

/** Each kind's cue words, French ones also written without their accents (see `accentOptional`). */
const WRITTEN_CUES: readonly [RegExp, ActKind][] = [
  // Electric shocks are torture whatever word the text uses for them ("subjected to electric shocks", «электрошок»).
  [
    /(?<![\p{L}])(?:tortur\p{L}*|пыт(?:к\p{L}*|ал\p{L}*|ают\p{L}*)|electric\s+shocks?|электрошок\p{L}*|удар\p{L}*\s+током|électrochocs?|décharges?\s+électriques?)/giu,
    'torture',
  ],
  [
    /(?<![\p{L}])(?<!house\s)(?<!домашн\p{L}{1,3}\s)(?<!(?:currently|still|remains?|remained|is|are|was|were|being)\s+under\s)(?:arrest(?:ed)?|(?<=(?:has|have)\s+(?:\p{L}+ly\s+)?been\s+(?:\p{L}+ly\s+)?)detained(?=\s+(?:on|at\s+the\s+airport)\s)|(?<!(?:currently|still|remains?|remained|being)\s+)(?<!(?:has|have)\s+(?:\p{L}+ly\s+)?been\s+(?:\p{L}+ly\s+)?)detained(?!(?:\s+(?:in|at)\s+(?!detention|custody|prison|jail)[\p{L}-]+){0,2}\s+since)|apprehended|detaining(?=\s+(?:him|her|them|\p{Lu}))|(?:taken|placed)\s+into\s+custody|арестова\p{L}*|схвачен\p{L}*|задержа\p{L}*|забрал[аи]?(?=\s+с\s+собой|\s+(?:[\p{Ll}.-]+\s+){0,6}\p{Lu}\p{Ll})|задержива\p{L}*|арест(?![\p{L}])|arrêtée?s?(?![\p{L}])|arrestations?|interpellée?s?(?![\p{L}])|interpellations?|appréhendée?s?(?![\p{L}])|placée?s?\s+en\s+garde\s+à\s+vue)/giu,
    'arrest',
  ],
  [
    /(?<![\p{L}])(?:sentenced|sentencing|sentence(?=\s+(?:to|of))|(?:death\s+|prison\s+|jail\s+)sentence\s+(?:has\s+been\s+|was\s+|had\s+been\s+)?(?:imposed|handed\s+down|passed)\s+on|conviction\s+of|conviction(?=\s+(?:and|or)\s+[^.;,]{0,40}?\s+of\s)|life\s+(?:sentences?|imprisonment)|(?:suspended|probationary)\s+(?:\p{L}+\s+){0,2}sentences?|условн\p{L}*\s+срок\p{L}*|срок\p{L}*\s+(?:тюремного\s+)?заключени\p{L}*(?!\s+(?:истек|истёк|закончил|заканчива))|пожизненн\p{L}*\s+(?:заключени|лишени|срок)\p{L}*|perpétuité|(?<!(?:if|unless|could\s+be|would\s+be|may\s+be)\s)(?:convicted|found\s+guilty)|приговор\p{L}*|признал\p{L}*\s+(?:\p{L}+\s+){0,3}виновн\p{L}*|reconnue?s?\s+coupables?|осужд\p{L}*|осуждён\p{L}*|condamnée?s?(?![\p{L}])|condamnations?|écopée?s?\s+d)/giu,
    'sentence',
  ],
  [/(?<![\p{L}])(?:extradit\p{L}*|экстради\p{L}*|выдач\p{L}*|extrad\p{L}*)/giu, 'extradition_request'],
  // A label given: "declared ‘extremist’", "deemed to be ‘extremist’", «признан экстремистским», « déclarée extrémiste
  // », a list of extremists. The word alone ("accused of joining an extremist organisation", « participation à une
  // organisation extrémiste ») tells a charge, not a designation. The cue is the word itself, the verb before it looked
  // for behind it.
  [
    /(?<=(?<![\p{L}])(?:(?:declared|designated|recogni[sz]ed|labell?ed|branded|listed|deemed|banned|ruled)(?:\s+(?:as|to\s+be))?\s+(?:an?\s+)?['‘’"“«]?\s*|(?:list|register)\s+of\s+|(?:признан\p{L}*|перечень|список|реестр)\s+(?:\p{L}+\s+){0,3}?|(?:déclarée?s?|désignée?s?|classée?s?|qualifiée?s?)\s+(?:comme\s+|d['’]\s*)?(?:(?:organisations?|groupes?|mouvements?)\s+)?[«"]?\s*))(?:extremists?|экстремист\p{L}*|extrémistes?)(?![\p{L}])/giu,
    'designation_extremist',
  ],
  // "the threat of deportation", «угроза депортации», « la menace d'expulsion »: a danger, not the act. "freed and
  // exiled to Spain" is one; "the exiled leader" is not.
  [
    /(?<![\p{L}])(?<!(?:threat|risk|danger|threatened\s+with)\s+(?:of\s+)?)(?<!угроз\p{L}*\s+)(?<!(?:menace|risque)\s+d['’]?\s*)(?:deport\p{L}*|депорт\p{L}*|expuls\p{L}*|(?<=(?:was|were|been|being|and)\s+)exiled(?![\p{L}])|exiled\s+to(?![\p{L}]))/giu,
    'deportation',
  ],
  // "gunned down", "the murder of A", "A's murder", « le meurtre en 2005 du journaliste A », «убийство журналиста A»: a
  // killing told by its noun as well as by its verb. "Wanted for organising the murder of a banker", « l'organisation du
  // meurtre »: what the one named is accused of.
  [
    new RegExp(
      String.raw`(?<![\p{L}])(?<!(?:organisation|organization|organi[sz]ing|ordering|orchestrating|commanditaire|complicité)\s+(?:du|de\s+l['’]|d['’]un|the|of\s+the|in\s+the)\s+)(?:killed|murdered|gunned\s+down|shot\s+dead|(?:murders?|killing|assassination)\s+of|(?<=['’]s\s+)murder|убит\p{L}*|убийств[оа](?=\s+(?:в\s+\d{4}\s+году\s+)?\p{Ll}*\s*\p{Lu})|tuée?s?|assassinée?s?|assassinat|meurtre(?=\s+(?:en\s+\d{4}\s+)?(?:du|de|d['’])))(?![\p{L}])(?!${IN_CUSTODY})`,
      'giu',
    ),
    'killing',
  ],
  // "murdered while in police custody", « tué en détention »: a death in custody, whoever caused it.
  [
    new RegExp(String.raw`(?<![\p{L}])(?:killed|murdered|убит\p{L}*|tuée?s?)(?=${IN_CUSTODY})`, 'giu'),
    'death_in_custody',
  ],
  // Held without a word of arrest: "remain in pretrial detention", "still imprisoned", «под стражей», « en détention »,
  // « privés de liberté ».
  [
    /(?<![\p{L}])(?:(?:pre-?trial\s+|preventive\s+|unlawful\s+)?detention|(?:currently|still|remains?|remained|being)\s+detained|(?:has|have)\s+(?:\p{L}+ly\s+)?been\s+(?:\p{L}+ly\s+)?detained(?!\s+(?:on|at\s+the\s+airport)\s)|(?:detained|held)(?=(?:\s+(?:in|at)\s+(?!detention|custody|prison|jail)[\p{L}-]+){0,2}\s+(?:ever\s+)?since(?![\p{L}]))|imprisoned|incarcerated|locked\s+up|(?:currently|still)\s+(?:being\s+)?held|held\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}(?:police\s+station|prison|jail|detention\s+(?:centre|center|facility)|penal\s+colony)|in\s+(?:prison|jail)|behind\s+bars|(?:held|hold(?:s|ing)?)\s+captive|(?:being|been|is|are|was|were|remains?|remained)\s+held(?=\s+(?:in\s+connection|without|incommunicado|on\s+charges|pending)|\s+for\s+(?:\d+|several|many|two|three|four|five|six|a\s+few)?\s*(?:days|weeks|months|years)\s+without\s+(?:charge|trial))|(?<=(?:currently|still|remains?|remained|is|are|was|were|being)\s+)under\s+arrest|in\s+custody|(?<!(?:former|ex-?)\s*)political\s+prisoners?|(?<!бывш\p{L}*\s+)(?:политзаключ[её]нн(?:ый|ого|ому|ая|ой)|политическ(?:ий|ого|ому|ая|ой)\s+заключ[её]нн(?:ый|ого|ому|ая|ой))(?=,?\s+(?:[\p{Ll}-]+\s+){0,3}\p{Lu})|(?<!anciens?\s+)prisonniers?\s+politiques?|(?:sa|son|leur)\s+détention|détention\s+provisoire|jailed|incarceration\s+of|l['’]incarcération\s+d|(?:under\s+)?house\s+arrest|домашн\p{L}*\s+арест\p{L}*|assignée?s?\s+à\s+résidence|imprisonment\s+of|за\s+решёткой|за\s+решеткой|под\s+страж\p{L}*|(?:из|в)\s+заключени\p{L}*|из-под\s+ареста|в\s+СИЗО|в\s+(?:ИК|ИВС|ЛИУ)-?\d*|в\s+(?:исправительн\p{L}+\s+)?колони[июе]\p{L}*|в\s+(?:следственн\p{L}+\s+)?изолятор\p{L}*|в\s+тюрьме|этапирова\p{L}*|en\s+détention|détention\s+préventive|(?:maintenue?s?|placée?s?)\s+en\s+détention|détenue?s?|(?:sont|restent|demeurent|été)\s+(?:toujours\s+)?détenue?s|(?:est|sont|restent|demeurent|été)\s+(?:toujours\s+)?retenue?s?(?=\s+(?:\p{L}+ment\s+)?(?:par\s+les\s+autorités|depuis|en\s+otage))|emprisonnée?s?|en\s+prison|derrière\s+les\s+barreaux|incarcérée?s?|écrouée?s?|en\s+maison\s+d['’]arrêt|(?:jours|mois|ans|années)\s+de\s+détention|продлени\p{L}*\s+(?:срока\s+)?(?:ареста|содержания\s+под\s+стражей)|privée?s?\s+de\s+(?:leur\s+|sa\s+)?liberté|(?<=(?:отправил\p{L}*|отправлен\p{L}*|заключил\p{L}*|взят\p{L}*)\s+)под\s+арест(?![\p{L}])|deprived\s+of\s+(?:their\s+|his\s+|her\s+)?(?:liberty|freedom)|лиш[её]н[аоы]?\s+свободы)(?![\p{L}])/giu,
    'detention',
  ],
  [
    /(?<![\p{L}])(?<!(?:without|no|not|never)\s+(?:having\s+|being\s+|been\s+|yet\s+|any\s+|formal\s+|formally\s+){0,2})(?<!без\s+(?:предъявления\s+)?)(?<!sans\s+(?:aucune?\s+)?)(?:charged|charges|(?<!(?:in|took|take|takes|taking)\s+)charge\s+of|accused\s+of|indicted|prosecuted\s+(?:for|on|under)|prosecution\s+of|criminal\s+(?:case|proceedings)\s+(?:against|was\s+opened|were\s+opened)|(?:case|proceedings)\s+(?:has|have|had)\s+been\s+(?:initiated|opened|instituted|brought)\s+against|(?<!сторон\p{L}{0,2}\s+)обвинени\p{L}*(?![\p{L}]|\s+(?:прос|запрос|потреб|требу|настаива))|обвинен(?!и)\p{L}*|обвинён\p{L}*|обвиняем\p{L}*|обвиня(?:ют|ли|л[аи]?)(?![\p{L}])|обвинил[аи]?(?![\p{L}])|дел[оау]\s+о(?![\p{L}])|возбу(?:дил\p{L}*|жден\p{L}*|ждён\p{L}*)\s+(?:уголовн\p{L}*\s+)?дел\p{L}*|уголовн\p{L}*\s+дел\p{L}*\s+(?:против|в\s+отношении)|(?:заведен\p{L}*|заведён\p{L}*|завели|открыт\p{L}*|открыли)\s+(?:уголовн\p{L}*\s+)?дел[оау](?![\p{L}])|inculpée?s?|inculpations?|mise?s?\s+en\s+examen|poursuivie?s?\s+(?:pour|en\s+justice)|poursuites\s+(?:pénales\s+|judiciaires\s+)?(?:(?:engagées|lancées|intentées|ouvertes)\s+)?contre|accusations?(?![\p{L}]|\s+(?:a\s+requis|requiert|a\s+demandé|demande))|accusée?s?\s+(?:notamment\s+|aussi\s+|également\s+|entre\s+autres\s+)?d|(?<=(?:il|on)\s+(?:lui|leur)\s+(?:est|sont|a\s+été|ont\s+été)\s+)reprochée?s?|(?<=(?:found|declared)\s+guilty\s+)(?:of|under)(?![\p{L}])|(?<=(?:déclarée?s?|reconnue?s?)\s+coupables?\s+)d(?:e|u|es|['’])|(?<=виновн\p{L}*\s+)по\s+стать\p{L}*|уголовн\p{L}*\s+преследовани\p{L}*|вменя(?:ют|ется|ли|л[аи]?)(?:\s+в\s+вину)?(?![\p{L}])|по\s+подозрению\s+в|подозрева\p{L}*\s+в|(?:on|under)\s+suspicion\s+of|suspected\s+of|soupçonnée?s?\s+d|sous\s+le\s+soupçon\s+d|(?:on|stand(?:s|ing)?)\s+trial\s+(?:for|on)|(?:is|are)\s+being\s+tried\s+(?:for|on)|(?<=(?:est|sont|être|sera|seront)\s+)jugée?s?\s+(?:\p{L}+\s+){0,3}?pour|comparai\p{L}*\s+(?:[^.;!?]{0,60}?\s)?pour|суд(?:ят|или)\s+(?:за|по))/giu,
    'charge',
  ],
  [
    /(?<![\p{L}])(?:travel\s+ban|(?:banned|barred)\s+from\s+(?:leaving|travel\p{L}*)|ban\s+on\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:departure|leaving|travel\p{L}*)|запрет\p{L}*\s+на\s+выезд|невыездн\p{L}*|interdiction\s+de\s+(?:quitter|sortie))/giu,
    'travel_ban',
  ],
  [
    /(?<![\p{L}])(?:(?:placed\s+)?under\s+surveillance|surveilled|слежк\p{L}*|(?<=(?<![\p{L}])[Зз]а\s[^.!?]{1,80}?)следя?т|следил\p{L}*\s+за|наружн\p{L}*\s+наблюдени\p{L}*|sous\s+surveillance)(?![\p{L}])/giu,
    'surveillance',
  ],
  [
    /(?<![\p{L}])(?:terrorist\s+list|list\s+of\s+terrorists|(?:перечень|список)\s+(?:\p{L}+\s+){0,3}террорист\p{L}*|liste\s+des\s+terroristes)(?![\p{L}])/giu,
    'designation_terrorist',
  ],
  // «исчез в Санкт-Петербурге», « a disparu »: a person vanished; not when the sentence goes on to say he turned out to be
  // held («ушел из дома и исчез, позднее выяснилось, что его задержала полиция»).
  [
    /(?<![\p{L}])(?:abducted|kidnapped|abduction\s+of|kidnapping\s+of|forced\s+disappearance|(?:his|her|their)\s+disappearance|похитили|disappeared|went\s+missing|whereabouts\s+(?:remain\s+|are\s+)?unknown|похищен\p{L}*|пропал\p{L}*\s+без\s+вести|исчез(?:л[аи])?(?![\p{L}])(?![^.!?]{0,80}?(?:выяснилось|оказалось|стало\s+известно)[^.!?]{0,60}?(?:задерж|арест))|enlevée?s?|(?:a|ont|avait|avaient)\s+disparu(?:e|s|es)?|disparitions?\s+forcées?)(?![\p{L}])/giu,
    'disappearance',
  ],
  // "police searched his flat", "a search was conducted at her home", "during a raid on her home", «обыск у …», «
  // perquisition au domicile de … ».
  [
    /(?<![\p{L}])(?:searched\s+(?:his|her|their|the)\s+(?:home|flat|apartment|house|office)|search(?:es|ing)?\s+(?:(?:was|were|had\s+been)\s+)?(?:(?:conducted|carried\s+out)\s+)?(?:of|at|in)?\s*(?:his|her|their|the)\s+(?:home|flat|apartment|house|office)|search(?:es)?\s+(?:of|at|in)\s+(?=\p{Lu}[\p{L}-]+['’]s?\s+(?:home|flat|apartment|house|office))|raided|raids?\s+on\s+(?:his|her|their)\s+(?:home|flat|apartment|house|office)|обыск\p{L}*|perquisitions?|perquisitionnée?s?)(?![\p{L}])/giu,
    'search',
  ],
  [
    /(?<![\p{L}])(?:fined|imposed\s+a\s+fine|оштрафова\p{L}*|штраф(?:у|а|ом)?|amendée?s?|une\s+amende)(?![\p{L}])/giu,
    'fine',
  ],
  [
    /(?<![\p{L}])(?:dismissed\s+from|fired\s+from|уволен\p{L}*|уволил\p{L}*|отправил\p{L}*\s+в\s+отставку|licenciée?s?|limogée?s?)(?![\p{L}])/giu,
    'dismissal',
  ],
  [
    /(?<![\p{L}])(?:foreign\s+agents?|иностранн\p{L}*\s+агент\p{L}*|агент\p{L}*\s+иностранного|иноагент\p{L}*|agents?\s+(?:de\s+l['’]étranger|étrangers?)|(?<=(?:иноагент\p{L}*|иностранн\p{L}*\s+агент\p{L}*)[^]{0,300})(?:[Вв]\s+(?:этот\s+)?реестр\s+(?:также\s+)?(?:внесен\p{L}*|включен\p{L}*)|(?:внесен\p{L}*|включен\p{L}*)\s+в\s+(?:этот\s+)?реестр))(?![\p{L}])/giu,
    'designation_foreign_agent',
  ],
  // Being on a wanted list has no kind of its own.
  [
    /(?<![\p{L}])(?:wanted\s+list|international\s+search|в\s+розыск\p{L}*|объяв\p{L}*\s+в\s+(?:международный\s+|межгосударственный\s+)?розыск|в\s+(?:международном\s+|межгосударственном\s+)?розыске|avis\s+de\s+recherche|mandat\s+d['’]arrêt)(?![\p{L}])/giu,
    'other',
  ],
  // Medical care withheld, beatings and punishment cells: "denied him medical care", «лишён медицинской помощи»,
  // « privé de soins », «помещены в штрафной изолятор (ШИЗО)».
  [
    /(?<![\p{L}])(?:(?<!tortur\p{L}*\s+(?:or|and|ou|et|и|или)\s+(?:otherwise\s+)?)ill-?treat\p{L}*|beaten|denied\s+(?:\p{L}+\s+){0,2}medical\s+(?:care|treatment|assistance|help)|избит\p{L}*|избил\p{L}*|избиени\p{L}*|(?:лишен\p{L}*|лишён\p{L}*|отказ\p{L}*\s+в)\s+медицинск\p{L}*\s+помощ\p{L}*|mauvais\s+traitements?|battue?s?|privée?s?\s+de\s+soins|solitary\s+confinement|(?:в|во)\s+одиночн\p{L}*\s+камер\p{L}*|(?:в|во)\s+(?:штрафн\p{L}*\s+изолятор\p{L}*|ШИЗО|ПКТ|карцер\p{L}*)|(?:punishment|disciplinary)\s+cells?|cellule\s+disciplinaire|(?:à\s+l['’]|en\s+)isolement(?:\s+cellulaire)?|au\s+mitard)(?![\p{L}])/giu,
    'ill_treatment',
  ],
  // "guards beat A and B", "were also reportedly attacked", "was stabbed in his office", « a été violemment agressé »,
  // « l’agression dont a été victime Mme X », « s'en est pris violemment à A », «напали на А»: a beating or an assault. "beat" only before a capitalised name ("beat the odds" is none).
  // What one is accused of («задержан по делу о … нападении на семейную пару», "charged with assaulting") is no assault
  // on them.
  [
    /(?<![\p{L}])(?<!(?:дел[оау]\s+об?|обвин\p{L}*\s+в|подозрени\p{L}*\s+в|accused\s+of|charged\s+with|charges?\s+of|suspicion\s+of|accusée?s?\s+d['’]?|soupçonnée?s?\s+d['’]?|inculpée?s?\s+(?:pour|de|d['’]))(?:[^.;!?]{0,60}?\s)?)(?:[Bb]eat(?:\s+up)?(?=\s+\p{Lu}\p{Ll})|(?:was|were|been|being)\s+(?:\p{L}+ly\s+|also\s+){0,2}(?:attacked|assaulted|stabbed)|agressée?s?|poignardée?s?|l['’]agression\s+dont\s+(?:a|ont|avait|avaient)\s+été\s+victimes?|s['’]en\s+(?:est|sont)\s+pris\p{L}*\s+(?:violemment\s+|physiquement\s+)?à|giflée?s?|напал\p{L}*\s+на|нападени\p{L}*\s+на)(?![\p{L}])/gu,
    'ill_treatment',
  ],
  // A demand to free someone says they are held: "the release of A", "to (unconditionally) release A", "Immediately
  // release A" opening a sentence or a point, "to free A", «освобождения А», « la libération de A ».
  [
    /(?<![\p{L}])(?:release\s+of|(?<=(?:(?<![\p{L}])to\s+|(?:^|[.;:!•\n]|\s[–—-])\s*)(?:\p{L}+ly\s+(?:and\s+)?){0,2})release(?!\s+(?:of|on|date|from\s+(?:custody|prison|detention)\s+(?:on|in)))|(?<=(?<![\p{L}])to\s+(?:\p{L}+ly\s+(?:and\s+)?){0,2})free(?=\s+(?:the\s+)?\p{Lu})|freeing\s+of|освобождени[яюе]|освободить|libération\s+(?:de|du|des|d['’])|libérer)(?![\p{L}])/giu,
    'detention',
  ],
  [
    /(?<![\p{L}])(?:(?:been|was|were)\s+threatened|threatened\s+(?:with|to)|death\s+threats|threats\s+against|угрожали|получал\p{L}*\s+угроз\p{L}*|угроз\p{L}*\s+(?:убийств\p{L}*|расправ\p{L}*)|(?:после|из-за)\s+угроз|угроз\p{L}*\s+в\s+(?:его|её|ее|их)\s+адрес|(?:été\s+)?menacée?s?\s+de|menaces\s+de\s+mort|reçu\p{L}*\s+des\s+menaces)(?![\p{L}])/giu,
    'threats',
  ],
  [
    // A death sentence (« condamnations à mort », "sentenced to death", «к смертной казни») is no death, and "prisoners" is
    // no prison.
    /(?<![\p{L}])(?<!(?:condamn\p{L}*|peines?|sentenced|condemned)\s+(?:à|de|to)\s+)(?:died|death|умер(?:л[аи]?)?|смерт\p{L}*|скончал\p{L}*|погиб\p{L}*|mort(?:e|s)?|décédée?s?|décès)(?=[^.!?]{0,80}?(?:custody|detention|prison|jail|cell|colony|под стражей|в заключении|в СИЗО|в колонии|в камере|в тюрьме|в изоляторе|en détention|en garde à vue|en prison|dans sa cellule)(?:s|ed)?(?![\p{L}]))/giu,
    'death_in_custody',
  ],
  // «В СИЗО … умер активист …», "In the colony … died": the place of custody before the death. The word is looked for
  // first (a lookahead): the lookbehind over the 60 characters before, tried at every position of a long document,
  // took most of the reading's time.
  [
    new RegExp(
      String.raw`(?<![\p{L}])(?=${DIED}(?![\p{L}]))(?<=(?:custody|detention|prison|jail|cell|colony|под стражей|в заключении|СИЗО|колони\p{L}*|камер\p{L}*|тюрьм\p{L}*|изолятор\p{L}*|en détention|en prison|cellule)[^.!?]{0,60}?)${DIED}(?![\p{L}])`,
      'giu',
    ),
    'death_in_custody',
  ],
];
// French letters with an accent and the letter a text typed without accents writes instead ("a ete arrete").
const UNACCENTED: Readonly<Record<string, string>> = {
  é: 'e',
  è: 'e',
  ê: 'e',
  à: 'a',
  â: 'a',
  î: 'i',
  ô: 'o',
  û: 'u',
  ç: 'c',
};

/**
 * The same pattern with each accented French letter also matching its bare letter (« arrêté » and "arrete"), so a
 * dispatch or forum post typed without accents tells the same acts. Letters inside a character class are left alone.
 */
export function accentOptional(re: RegExp): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < re.source.length; i++) {
    const ch = re.source[i]!;
    if (ch === '\\') {
      out += ch + (re.source[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    const bare = UNACCENTED[ch];
    out += bare && !inClass ? `[${ch}${bare}]` : ch;
  }
  return new RegExp(out, re.flags);
}

/** Each kind's cue words, in both spellings of French. */
export const CUES: readonly [RegExp, ActKind][] = WRITTEN_CUES.map(([re, kind]) => [accentOptional(re), kind]);

export const SENTENCE_CONTEXT = accentOptional(
  /(?:sentenc|convict|guilty|serving|probation|получил|условн\p{L}*\s+срок|отбыва|наказани|ограничени\p{L}*\s+свободы|imprison|prison|jail|penal|colony|приговор|осужд|лишени|колони|заключени|condamn|emprisonnement|réclusion|purge\p{L}*\s+(?:une|des|sa|ses|leurs?)\s+peines?)/iu,
);
// "Muradova got six years", "each received ten years", « il a écopé de cinq ans »: a length given to someone is a
// sentence even in a sentence that says nothing else of prison.
export const GIVEN_BEFORE =
  /(?<![\p{L}])(?:got|gets|received|receives|(?:was|were)\s+given|handed|(?:a|ont)\s+écopé\s+d(?:e|['’]))\s+(?:a\s+|an\s+)?$/iu;

export const DECISION = /(?:decision|court|решени|суд|décision|tribunal|cour)/iu;
export const SUSPENDED = /(?:suspended|условн|avec sursis)/iu;
// Probation ("five years of probation supervision") is a sentence served at liberty under restrictions.
export const RESTRICTED = /(?:restricted freedom|restriction of liberty|probation|ограничени\p{L}* свободы)/iu;
// Only a demand: "we call for the release of A", «требуем освобождения А»; "we welcome the release of A" tells of a
// release, not of someone held.
// "to (unconditionally) release", "Immediately release" opening a sentence or a point: the words of freeing are a demand
// by their own form.
export const DEMAND_FORM = /(?:(?<![\p{L}])to\s+|(?:^|[.;:!•\n–—]|\s-)\s*)(?:\p{L}+ly\s+(?:and\s+)?){0,2}$/iu;
export const DEMAND =
  /(?<![\p{L}])(?:call\p{L}*|urg\p{L}*|demand\p{L}*|seek\p{L}*|sought|press\p{L}*|ask\p{L}*|appeal\p{L}*|secure|ensure|requir\p{L}*|insist\p{L}*|for\s+the|требова\p{L}*|требу\p{L}*|призыв\p{L}*|призвал\p{L}*|добива\p{L}*|проси\p{L}*|просят|настаива\p{L}*|за|appel\p{L}*|exig\p{L}*|réclam\p{L}*|demand\p{L}*|pour)(?![\p{L}])/iu;
// Words of freeing, acquitting and pardoning: no act of their own, but the date they carry is theirs ("released on 23 July").
export const RELEASE = accentOptional(
  /(?<![\p{L}])(?:released|freed|acquitted|pardoned|освобожд[её]н\p{L}*|освободил\p{L}*|оправдан\p{L}*|помилова\p{L}*|libérée?s?|acquittée?s?|graciée?s?)(?![\p{L}])/giu,
);
export const BORN = /(?<![\p{L}])(?:born|родил\p{L}*|née?s?)(?![\p{L}])/iu;
// An act tried or escaped is not done: "nearly arrested", "escaped arrest", « a failli être arrêté », «едва не задержали».
export const ATTEMPT_BEFORE = accentOptional(
  /(?<![\p{L}])(?:nearly|almost|narrowly\s+escaped(?:\s+being)?|escaped|avoided|tried\s+to|attempted\s+to|(?:a|ont|avait|avaient)\s+failli(?:\s+être)?|faillit(?:\s+être)?|(?:a|ont)\s+échappé\s+à\s+(?:une\s+|l['’])?|tenté\s+d['’]|tentaient\s+d['’]|чуть\s+(?:было\s+)?не|едва\s+не|пытал\p{L}*|попытал\p{L}*|избежал\p{L}*)(?:\s+(?:be|been|to|being|be\s+placed|être))?\s*$/iu,
);

// «Пятерых арестовали на два месяца», "arrested for two months", « arrêtés pour deux mois »: an arrest for a term of
// months is the custody a court ordered, a detention (a term of days or hours is an administrative arrest, still one).
export const CUSTODY_TERM =
  /^\s+(?:на|for|pour)\s+(?:срок\s+(?:в\s+)?|a\s+(?:term|period)\s+of\s+|une\s+durée\s+de\s+)?(?:\d+|\p{L}+)\s+(?:месяц\p{L}*|months?|mois)(?![\p{L}])/iu;
