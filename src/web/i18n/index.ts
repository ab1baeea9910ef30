import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../contracts/auth';
import { areaLoaders } from './areas';
import { validationEn } from './validationEn';

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

// No resources yet: each language's catalogue is fetched when it is first used (see loadLanguage).
void i18n.use(initReactI18next).init({
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: ['en', 'de'],
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
  // Settle the language now (there is nothing to wait for), so `i18n.language` is right at once.
  initAsync: false,
  // Re-render when a catalogue arrives after a screen is already showing.
  react: { bindI18nStore: 'added' },
});

function syncDocumentLanguage(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

const coreLoaders: Record<Locale, () => Promise<object>> = {
  en: () => import('./en').then((m) => m.en),
  // dayjs's German month and day names (Mantine's date pickers) come with the German catalogue.
  de: () => Promise.all([import('./de'), import('dayjs/locale/de')]).then(([m]) => m.de),
};

/** One fetch per language and part; a failed fetch is forgotten so the next call tries again. */
const loads = new Map<string, Promise<void>>();
function once(key: string, load: () => Promise<void>): Promise<void> {
  let pending = loads.get(key);
  if (!pending) {
    pending = load();
    pending.catch(() => loads.delete(key));
    loads.set(key, pending);
  }
  return pending;
}

const loadCore = (locale: Locale) =>
  once(`${locale}:core`, async () => {
    i18n.addResourceBundle(locale, 'translation', await coreLoaders[locale](), true, true);
  });

const loadAreas = (locale: Locale) =>
  once(`${locale}:areas`, async () => {
    const areas = await Promise.all(
      Object.entries(areaLoaders).map(async ([name, load]) => ({ [name]: await load[locale]() })),
    );
    i18n.addResourceBundle(locale, 'translation', Object.assign({}, ...areas), true, true);
  });

/** Set once the signed-in app has asked for the areas: later language switches fetch them too. */
let areasWanted = false;

async function loadLanguage(locale: Locale): Promise<void> {
  await Promise.all([loadCore(locale), areasWanted ? loadAreas(locale) : undefined]);
}

/**
 * Fetches the starting language's catalogue; main.tsx renders after it, so no key shows untranslated.
 * If it cannot be fetched, English is the fallback.
 */
export async function initI18n(): Promise<void> {
  const locale = currentLocale();
  try {
    await loadLanguage(locale);
  } catch (error) {
    if (locale === 'en') throw error;
    await loadLanguage('en');
    await i18n.changeLanguage('en');
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}

let requested: Locale | undefined;
/** Switches the UI language once its catalogue is here; the screen keeps the old one meanwhile. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // not fatal: the account preference still carries the choice
  }
  requested = locale;
  await loadLanguage(locale);
  // A later choice made while this one was loading wins.
  if (requested === locale && i18n.language !== locale) await i18n.changeLanguage(locale);
}

/** Before the signed-in app renders: the account's language, with every area's messages. */
export async function prepareSignedInCatalogues(locale: Locale): Promise<void> {
  areasWanted = true;
  try {
    await applyLocale(locale);
  } catch {
    // the account's language could not be fetched: stay in the current one
  }
  await loadAreas(currentLocale());
}

/** Contract and server validation messages arrive in English; show them in the user's language. */
export function translateMessage(message: string): string {
  const key = englishToKey.get(normalise(message));
  return key ? i18n.t(`validation.${key}` as const) : message;
}
const normalise = (text: string) => text.trim().replace(/\.$/, '');
const englishToKey = new Map<string, keyof typeof validationEn>(
  (Object.entries(validationEn) as [keyof typeof validationEn, string][]).map(([key, text]) => [
    normalise(text),
    key,
  ]),
);

export default i18n;
