import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../contracts/auth';
import { type AreaName, areaLoaders } from './areas';

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
  // dayjs's German month and day names (Mantine's date pickers) load beside the German catalogue; no
  // first paint waits for them, as no date picker is on a first screen.
  de: () => {
    void import('dayjs/locale/de').catch(() => {});
    return import('./de').then((m) => m.de);
  },
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

/** One area's messages in one language, nested under the area's key as the full catalogue has them. */
const loadArea = (locale: Locale, area: AreaName) =>
  once(`${locale}:area:${area}`, async () => {
    i18n.addResourceBundle(locale, 'translation', { [area]: await areaLoaders[area][locale]() }, true, true);
  });

const allAreas = Object.keys(areaLoaders) as AreaName[];
const loadAreas = (locale: Locale) =>
  Promise.all(allAreas.map((area) => loadArea(locale, area))).then(() => {});

/** The areas asked for so far (all of them once signed in): a language switch fetches them too. */
const wantedAreas = new Set<AreaName>();

async function loadLanguage(locale: Locale): Promise<void> {
  await Promise.all([loadCore(locale), ...[...wantedAreas].map((area) => loadArea(locale, area))]);
}

/**
 * The messages of the named areas in the current language, for a part of a screen that renders
 * before the signed-in app has all of them (the home page's panels, see lazyPanel.tsx), or on a
 * public page (the issue texts for a form check).
 */
export function loadAreaMessages(areas: readonly AreaName[]): Promise<void> {
  for (const area of areas) wantedAreas.add(area);
  const locale = currentLocale();
  return Promise.all(areas.map((area) => loadArea(locale, area))).then(() => {});
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

/**
 * Before the signed-in app renders: the account's language, and every area's messages. With
 * `waitForAreas: false` the areas still start loading now, but only the core catalogue is awaited:
 * the screen's parts that need an area wait for it themselves (the home page's panels do).
 */
export async function prepareSignedInCatalogues(
  locale: Locale,
  { waitForAreas = true }: { waitForAreas?: boolean } = {},
): Promise<void> {
  for (const area of allAreas) wantedAreas.add(area);
  try {
    await applyLocale(locale);
  } catch {
    // the account's language could not be fetched: stay in the current one
  }
  const areas = loadAreas(currentLocale());
  if (waitForAreas) await areas;
  // Not awaited: a failed area is fetched again by the part that needs it (`once` forgets failures).
  else areas.catch(() => {});
}

export default i18n;
