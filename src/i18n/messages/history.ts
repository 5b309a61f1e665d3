// Messages of a record's history page. ICU syntax; every locale must have every key.
import { defineMessages } from './catalogue.ts';

export const historyMessages = defineMessages({
  en: {
    'history.title': 'History of “{label}”',
    'history.lede':
      'Every change to this record, and every time its restricted fields were shown, newest first. Each entry is part of the tamper-evident audit chain.',
    'history.when': 'When (UTC)',
    'history.who': 'Who',
    'history.what': 'What',
    'history.changes': 'What changed (before → after), with the fingerprints of the whole record',
    'history.none': 'No entries.',
    'history.link': 'History of this record',
  },
  ru: {
    'history.title': 'История записи «{label}»',
    'history.lede':
      'Все изменения этой записи и все показы её закрытых полей, сначала новые. Каждая строка входит в защищённую от подделки цепочку журнала.',
    'history.when': 'Когда (UTC)',
    'history.who': 'Кто',
    'history.what': 'Что',
    'history.changes': 'Что изменилось (до → после) и отпечатки всей записи',
    'history.none': 'Записей нет.',
    'history.link': 'История записи',
  },
  fr: {
    'history.title': 'Historique de « {label} »',
    'history.lede':
      'Chaque modification de cette fiche, et chaque affichage de ses champs restreints, les plus récents d’abord. Chaque ligne fait partie de la chaîne d’audit infalsifiable.',
    'history.when': 'Quand (UTC)',
    'history.who': 'Qui',
    'history.what': 'Quoi',
    'history.changes': 'Ce qui a changé (avant → après), avec les empreintes de la fiche entière',
    'history.none': 'Aucune entrée.',
    'history.link': 'Historique de la fiche',
  },
});
