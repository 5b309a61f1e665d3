// Kazakh messages of a record's history page.
import type { historyMessages } from '../history.ts';

/** Kazakh messages of the history page. */
export const kkHistory: Record<keyof typeof historyMessages.en, string> = {
  'history.title': '«{label}» тарихы',
  'history.lede':
    'Бұл жазбаның әр өзгерісі және оның шектеулі өрістері көрсетілген әр жағдай, ең жаңасы бірінші. Әр жазба өзгертуден қорғалған аудит тізбегінің бөлігі.',
  'history.when': 'Қашан (UTC)',
  'history.who': 'Кім',
  'history.what': 'Не',
  'history.changes': 'Не өзгерді (бұрын → кейін), бүкіл жазбаның саусақ іздерімен',
  'history.none': 'Жазба жоқ.',
  'history.link': 'Осы жазбаның тарихы',
};
