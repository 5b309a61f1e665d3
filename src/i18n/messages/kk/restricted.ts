// Kazakh messages about restricted fields.
import type { restrictedMessages } from '../restricted.ts';

/** Kazakh messages about restricted fields. */
export const kkRestricted: Record<keyof typeof restrictedMessages.en, string> = {
  'restricted.title': 'Шектеулі өрістер',
  'restricted.notice':
    'Бұл мәндерді шектеулі деректерге рұқсаты бар рөлдер ғана көреді. Олар шифрланып сақталады, ал осы қарау аудит журналына жазылады.',
  'edit.group.restricted': 'Шектеулі өрістер',
  'edit.item.restricted': '{n}-шектеулі өріс',
  'edit.add.restricted': 'Тағы бір шектеулі өріс қосу',
  'edit.f.restrictedKey': 'Атауы',
  'edit.f.restrictedValue': 'Мәні',
  'edit.hint.restricted':
    'Байланыс деректері, қайда жүргені, туыстары, куәгерлер: тек рұқсаты бар рөлдер көре алатын мәндер. Олар шифрланып сақталады, ешқашан ізделмейді және жарияланбайды.',
  'edit.hint.restrictedKey': 'Кіші әріп, одан кейін әріптер, цифрлар немесе _, мысалы contact немесе whereabouts',
};
