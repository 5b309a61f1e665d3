// Kazakh messages of search, duplicates and merges.
import type { searchMessages } from '../search.ts';

/** Kazakh messages of search, duplicates and merges. */
export const kkSearch: Record<keyof typeof searchMessages.en, string> = {
  'nav.search': 'Іздеу',
  'search.title': 'Іздеу',
  'search.lede':
    'Адамдарды, ұйымдарды, оқиғаларды, істерді, дереккөздерді және үндеулерді бірден іздеңіз. Есімдер кез келген жазуда табылады: Ablyazov сөзі Аблязов-ты, Kairatuly сөзі Қайратұлы-ны табады.',
  'search.q': 'Сөздер, "тіркес" немесе сөздің басы және *',
  'search.submit': 'Іздеу',
  'search.type': 'Жазба түрі',
  'search.country': 'Ел',
  'search.year': 'Жыл',
  'search.any': 'Кез келген',
  'search.results': '{count, plural, =0 {Ештеңе табылмады} one {# нәтиже} other {# нәтиже}}',
  'search.didYouMean': 'Мүмкін, сіз мынаны іздедіңіз:',
  'search.capped':
    'Тым жиі кездесетін сұрау: сандар тек алғашқы нәтижелерді қамтиды. Нақтылау үшін сөздер немесе сүзгілер қосыңыз.',
  'search.next': 'Тағы нәтижелер',
  'search.previous': 'Алдыңғы нәтижелер',
  'search.type.person': 'Адам',
  'search.type.organisation': 'Ұйым',
  'search.type.event': 'Оқиға',
  'search.type.case': 'Іс',
  'search.type.source': 'Дереккөз',
  'search.type.appeal': 'Үндеу',
  'dup.title': 'Ықтимал қайталанулар',
  'dup.lede':
    'Басқа жазуда немесе басқа ретпен жазылған, бір адам болуы мүмкін адамдар жұптары. Редактор шешпейінше ештеңе біріктірілмейді: қате біріктіру бір адамның деректерін басқа адамға тіркейді.',
  'dup.none': 'Үміткер жұптар жоқ.',
  'dup.count': '{count, plural, one {# үміткер жұп} other {# үміткер жұп}}',
  'dup.score': 'Ұпай',
  'dup.reasons': 'Неліктен',
  'dup.keep': 'Қалдыру',
  'dup.reason': 'Неліктен бұл бір адам',
  'dup.merge': 'Қалдырылған адамға біріктіру',
  'dup.latest': 'Соңғы біріктірулер',
  'merge.title': 'Екі адамды біріктіру',
  'merge.survivor': 'Қалдырылған адам',
  'merge.merged': 'Біріктірілген адам (оның ескі id мен slug қалдырылған адамға апарады)',
  'merge.by': 'Біріктірген',
  'merge.at': 'Біріктірілген уақыты (UTC)',
  'merge.reason': 'Себебі',
  'merge.undo': 'Бұл біріктіруді болдырмау',
  'merge.undone': 'Болдырмаған: {by}, уақыты: {at} (UTC)',
};
