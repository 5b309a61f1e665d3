// Messages of restricted fields: their section on record pages and their group in the edit forms. ICU syntax;
// every locale must have every key. No ASCII apostrophes (they quote in ICU): use ’. French puts a space before a colon.
import { defineMessages } from './catalogue.ts';

export const restrictedMessages = defineMessages({
  en: {
    'restricted.title': 'Restricted fields',
    'restricted.notice':
      'Only roles cleared for restricted data see these values. They are stored encrypted, and this view is recorded in the audit log.',
    'edit.group.restricted': 'Restricted fields',
    'edit.item.restricted': 'Restricted field {n}',
    'edit.add.restricted': 'Add another restricted field',
    'edit.f.restrictedKey': 'Name',
    'edit.f.restrictedValue': 'Value',
    'edit.hint.restricted':
      'Contacts, whereabouts, relatives, witnesses: values only cleared roles may see. They are stored encrypted, never searched and never published.',
    'edit.hint.restrictedKey': 'A lower-case letter, then letters, digits or _, for example contact or whereabouts',
  },
  ru: {
    'restricted.title': 'Закрытые поля',
    'restricted.notice':
      'Эти значения видят только роли с допуском к закрытым данным. Они хранятся в зашифрованном виде, а этот просмотр записан в журнал аудита.',
    'edit.group.restricted': 'Закрытые поля',
    'edit.item.restricted': 'Закрытое поле {n}',
    'edit.add.restricted': 'Добавить ещё одно закрытое поле',
    'edit.f.restrictedKey': 'Название',
    'edit.f.restrictedValue': 'Значение',
    'edit.hint.restricted':
      'Контакты, местонахождение, родственники, свидетели: значения, которые видят только роли с допуском. Они хранятся в зашифрованном виде, не участвуют в поиске и никогда не публикуются.',
    'edit.hint.restrictedKey': 'Строчная латинская буква, затем буквы, цифры или _, например contact или whereabouts',
  },
  fr: {
    'restricted.title': 'Champs restreints',
    'restricted.notice':
      'Seuls les rôles habilités aux données restreintes voient ces valeurs. Elles sont stockées chiffrées, et cette consultation est inscrite au journal d’audit.',
    'edit.group.restricted': 'Champs restreints',
    'edit.item.restricted': 'Champ restreint {n}',
    'edit.add.restricted': 'Ajouter un autre champ restreint',
    'edit.f.restrictedKey': 'Nom',
    'edit.f.restrictedValue': 'Valeur',
    'edit.hint.restricted':
      'Contacts, lieu de séjour, proches, témoins : des valeurs que seuls les rôles habilités voient. Elles sont stockées chiffrées, jamais cherchées ni publiées.',
    'edit.hint.restrictedKey':
      'Une lettre minuscule, puis des lettres, chiffres ou _, par exemple contact ou whereabouts',
  },
});
