import { z } from 'zod';
import de from 'zod/v4/locales/de.js';
import en from 'zod/v4/locales/en.js';
import i18n from './index';
import { provideZodLocales } from './issues';

/** zod's built-in messages (e.g. "too long") follow the UI language too. */
function configure(lng: string) {
  z.config(lng === 'de' ? de() : en());
}
configure(i18n.language);
// The same messages for zod checks the server refused (issues.ts translates them by code).
provideZodLocales({ en: en().localeError, de: de().localeError });
i18n.on('languageChanged', configure);
