import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../contracts/auth';
import { de } from './de';
import { en } from './en';

export const supportedLocales: readonly Locale[] = ['en', 'de'];
const storageKey = 'trellis.locale';

function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'de';
}

/** Before sign-in the language comes from the last choice on this device, then the browser. */
function initialLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isLocale(stored)) return stored;
  } catch {
    // storage may be unavailable (private mode); fall through to the browser language
  }
  const browser = typeof navigator === 'undefined' ? 'en' : navigator.language.slice(0, 2);
  return isLocale(browser) ? browser : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, de: { translation: de } },
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'de'],
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

function syncDocumentLanguage(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}

export async function applyLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // not fatal: the account preference still carries the choice
  }
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

/** Contract and server validation messages arrive in English; show them in the user's language. */
export function translateMessage(message: string): string {
  const key = englishToKey.get(normalise(message));
  return key ? i18n.t(`validation.${key}` as const) : message;
}
const normalise = (text: string) => text.trim().replace(/\.$/, '');
const englishToKey = new Map<string, keyof typeof en.validation>(
  (Object.entries(en.validation) as [keyof typeof en.validation, string][]).map(([key, text]) => [
    normalise(text),
    key,
  ]),
);

export default i18n;
