// The Kazakh catalogue, area by area; each file is typed against the English keys of its area, so a missing key fails the build.
import { kkAccount } from './account.ts';
import { kkAppeals } from './appeals.ts';
import { kkCalendar } from './calendar.ts';
import { kkCommon } from './common.ts';
import { kkEdit } from './edit.ts';
import { kkHistory } from './history.ts';
import { kkHome } from './home.ts';
import { kkIntake } from './intake.ts';
import { kkRegister } from './register.ts';
import { kkRestricted } from './restricted.ts';
import { kkSearch } from './search.ts';
import { kkSign } from './sign.ts';
import { kkVocab } from './vocab.ts';

/** Every Kazakh message, merged. */
export const KK_AREAS = [
  kkCommon,
  kkVocab,
  kkRegister,
  kkHome,
  kkEdit,
  kkAccount,
  kkRestricted,
  kkHistory,
  kkAppeals,
  kkSign,
  kkIntake,
  kkSearch,
  kkCalendar,
] as const;
