/** What each measured page waits for before it paints, as repo-relative source modules. */
export interface BundlePage {
  name: string;
  locale: 'en' | 'de';
  /** Modules whose chunks (with their static imports) load before first paint, besides the entry. */
  modules: readonly string[];
  targetBytes?: number;
}

/** Issue 11, item 4: gzipped JavaScript before first paint. */
export const bundleTargets = { signIn: 180_000, home: 250_000 };

// main.tsx waits for the language's catalogue (and, for German, dayjs's German locale) to render.
const languageModules = {
  en: ['src/web/i18n/en.ts'],
  de: ['src/web/i18n/de.ts', 'node_modules/dayjs/locale/de.js'],
} as const;

const signIn = ['src/web/platform/auth/LoginPage.tsx'];
// The signed-in app waits for every area's messages in its language (src/web/i18n/areas.ts), then
// renders the layout with its shell and the home page with the areas' panels it shows.
const areas = [
  'performance/goals',
  'performance/oneOnOnes',
  'performance/feedback',
  'performance/reviews',
  'performance/calibration',
  'platform/notifications',
  'growth/aspirations',
  'growth/conversations',
  'growth/paths',
  'growth/learning',
  'growth/plans',
  'growth/feedback360',
  'platform/dataExport',
  'platform/erasure',
];
const areaMessages = (locale: string) => areas.map((area) => `src/web/${area}/messages.ts?lang=${locale}`);
const home = [
  'src/web/app/AuthenticatedLayout.tsx',
  'src/web/app/Shell.tsx',
  'src/web/insights/HomePage.tsx',
];

export const bundlePages: readonly BundlePage[] = (['en', 'de'] as const).flatMap((locale) => [
  {
    name: 'sign-in (/login)',
    locale,
    modules: [...signIn, ...languageModules[locale]],
    targetBytes: bundleTargets.signIn,
  },
  {
    name: 'home (/)',
    locale,
    modules: [...home, ...languageModules[locale], ...areaMessages(locale)],
    targetBytes: bundleTargets.home,
  },
]);
