// Country codes and names in the languages of the interface. The package's main entry registers all of its eighty-odd
// languages (about 600 KB of JSON read at every start); Vigil shows country names only in its own.
import countries, { type LocaleData } from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import kk from 'i18n-iso-countries/langs/kk.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import type { Locale } from './locales.ts';

// Typed by Locale: a language added to the interface cannot be forgotten here.
const NAMES: Record<Locale, LocaleData> = { en, fr, kk, ru };
for (const data of Object.values(NAMES)) countries.registerLocale(data);

export { countries };
