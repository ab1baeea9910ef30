import { z } from 'zod';
import de from 'zod/v4/locales/de.js';
import en from 'zod/v4/locales/en.js';
import i18n from './index';

/** zod's built-in messages (e.g. "too long") follow the UI language too. */
function configure(lng: string) {
  z.config(lng === 'de' ? de() : en());
}
configure(i18n.language);
i18n.on('languageChanged', configure);
