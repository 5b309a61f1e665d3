// Kazakh messages of signing in, two-step sign-in, the account page and invitations.
import type { accountMessages } from '../account.ts';

/** Kazakh messages of the account pages. */
export const kkAccount: Record<keyof typeof accountMessages.en, string> = {
  'account.login.title': 'Кіру',
  'account.login.lede':
    'Электрондық пошта мекенжайыңыз бен құпиясөзіңізбен кіріңіз. Оларды тергенге дейін мекенжай жолында осы сайттың мекенжайы тұрғанын тексеріңіз.',
  'account.login.email': 'Электрондық пошта мекенжайы',
  'account.login.password': 'Құпиясөз',
  'account.login.submit': 'Кіру',
  'account.login.failed':
    'Кіру сәтсіз аяқталды. Пошта мекенжайын, құпиясөзді немесе кодты тексеріңіз. Бірнеше сәтсіз әрекеттен кейін кіру біраз уақытқа тоқтатылады.',
  'account.login.limited': 'Желіңізден сәтсіз әрекеттер тым көп. Он минут күтіп, қайталап көріңіз.',
  'account.login.already': 'Сіз жүйеге кіріп тұрсыз.',
  'account.login.accounts': 'Тіркелгілерді әкімші шақыру арқылы жасайды.',
  'account.code.title': 'Кодыңызды енгізіңіз',
  'account.code.lede':
    'Аутентификатор қолданбасын ашып, Vigil үшін 6 таңбалы кодты енгізіңіз. Телефоныңызды жоғалтсаңыз, оның орнына қалпына келтіру кодтарының бірін енгізіңіз.',
  'account.code.label': 'Код',
  'account.code.hint': '6 цифр немесе 4f7k-9x2m-q8rt-3vbn сияқты қалпына келтіру коды',
  'account.code.submit': 'Жалғастыру',
  'account.cancel': 'Бас тарту және шығу',
  'account.enrol.title': 'Екі қадамды кіруді баптау',
  'account.enrol.lede': 'Кіру үшін құпиясөзден бөлек телефоныңыздағы аутентификатор қолданбасының коды қажет болады.',
  'account.enrol.required':
    'Рөліңіз шектеулі жазбаларды оқи алады, сондықтан жалғастырмас бұрын мұны баптауыңыз керек.',
  'account.enrol.scan':
    'Аутентификатор қолданбасын орнатыңыз (мысалы, Aegis, FreeOTP немесе Google Authenticator) және осы кодты сол арқылы сканерлеңіз.',
  'account.enrol.qr': 'Аутентификатор қолданбасына арналған құпия кілті бар QR коды',
  'account.enrol.manual': 'Немесе осы құпия кілтті қолданбаға теріңіз:',
  'account.enrol.code': 'Қолданба көрсеткен код',
  'account.enrol.codeHint': 'Қолданба қазір көрсетіп тұрған 6 цифр.',
  'account.enrol.submit': 'Екі қадамды кіруді қосу',
  'account.enrol.failed':
    'Бұл код қабылданбады. Телефоныңыздағы уақыттың дұрыстығын тексеріп, ағымдағы кодты енгізіңіз.',
  'account.recovery.title': 'Қалпына келтіру кодтарыңыз',
  'account.recovery.lede':
    'Екі қадамды кіру қосылды. Бұл кодтарды қауіпсіз, желіден тыс жерде сақтаңыз: телефоныңызды жоғалтсаңыз, әрқайсысы бір рет кіруге мүмкіндік береді. Олар қайта көрсетілмейді.',
  'account.recovery.continue': 'Мен оларды сақтадым: жалғастыру',
  'account.title': 'Сіздің тіркелгіңіз',
  'account.f.email': 'Электрондық пошта мекенжайы',
  'account.f.role': 'Рөлі',
  'account.f.twoFactor': 'Екі қадамды кіру',
  'account.twoFactor.on': 'Қосулы ({count, plural, one {# қалпына келтіру коды} other {# қалпына келтіру коды}} қалды)',
  'account.twoFactor.off': 'Өшірулі',
  'account.twoFactor.setUp': 'Екі қадамды кіруді баптау',
  'account.sessions.title': 'Сіз қай жерде кіріп тұрсыз',
  'account.sessions.browser': 'Браузер',
  'account.sessions.started': 'Кірген уақыты',
  'account.sessions.lastSeen': 'Соңғы белсенділік',
  'account.sessions.expires': 'Ең кеш аяқталуы',
  'account.sessions.current': '(осы браузер)',
  'account.sessions.revokeAll': 'Басқа барлық жерден шығу',
  'account.sessions.revoked':
    '{count, plural, =0 {Басқа ашық сеанс болған жоқ.} one {Басқа # сеанс жабылды.} other {Басқа # сеанс жабылды.}}',
  'account.tokens.title': 'API токендері',
  'account.tokens.lede':
    'Токен бағдарламаға JSON API-ды сіздің атыңыздан, сіздің рөліңізбен және екінші факторсыз пайдалануға мүмкіндік береді. Оны тек қажет жерде жасаңыз, ал пайдаланбайтындарын кері қайтарып алыңыз.',
  'account.tokens.none': 'Сізде API токендері жоқ.',
  'account.tokens.name': 'Атауы',
  'account.tokens.prefix': 'Басталуы',
  'account.tokens.created': 'Жасалған',
  'account.tokens.lastUsed': 'Соңғы пайдаланылған',
  'account.tokens.status': 'Күйі',
  'account.tokens.never': 'ешқашан',
  'account.tokens.active': 'белсенді',
  'account.tokens.revoked': 'кері қайтарылған',
  'account.tokens.revoke': 'Кері қайтару',
  'account.tokens.create': 'Токен жасау',
  'account.tokens.nameHint': 'Не үшін екені, мысалы «импорт скрипті».',
  'account.tokens.nameRequired': 'Токенге ең көбі 100 таңбалы атау беріңіз.',
  'account.tokens.new': 'Жаңа токеніңіз төменде. Оны қазір көшіріп алыңыз: ол қайта көрсетілмейді.',
  'account.tokens.revokedNotice': 'Токен кері қайтарылды. Оны пайдаланатын бағдарламалар енді кіре алмайды.',
  'account.link': 'Сіздің тіркелгіңіз: сеанстар, екі қадамды кіру және API токендері',
  'account.invite.title': 'Шақыруды қабылдаңыз',
  'account.invite.lede':
    'Сіз Vigil жүйесіне {email} мекенжайымен және {role} рөлімен шақырылдыңыз. Тіркелгіңізді жасау үшін құпиясөз таңдаңыз.',
  'account.invite.password': 'Жаңа құпиясөз',
  'account.invite.passwordHint':
    'Кемінде 12 таңба. Бір-біріне қатысы жоқ бірнеше сөз есте сақтауға оңай, мықты құпиясөз болады.',
  'account.invite.confirm': 'Сол құпиясөз тағы бір рет',
  'account.invite.submit': 'Тіркелгімді жасау',
  'account.invite.invalidTitle': 'Бұл шақыруды пайдалану мүмкін емес',
  'account.invite.invalidBody':
    'Ол бұрын пайдаланылған, мерзімі өтіп кеткен немесе сілтеме толық емес. Сізді шақырған адамнан жаңасын сұраңыз.',
  'account.password.short': 'Кемінде 12 таңба пайдаланыңыз.',
  'account.password.long': 'Ең көбі 1024 таңба пайдаланыңыз.',
  'account.password.common': 'Бұл құпиясөз тым кең таралған немесе оңай табылады. Басқасын таңдаңыз.',
  'account.password.mismatch': 'Екі құпиясөз бірдей емес.',
};
