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

// main.tsx waits for the language's catalogue to render (dayjs's German locale loads beside it).
const languageModules = {
  en: ['src/web/i18n/en.ts'],
  de: ['src/web/i18n/de.ts'],
} as const;

const signIn = ['src/web/platform/auth/LoginPage.tsx'];
// The signed-in app renders the layout with its shell and the home page; the home page does not wait
// for the areas' messages: its panels load with their own area's messages beside it (lazyPanel.tsx),
// as do the header's bell and account menu (Shell.tsx). Every other signed-in screen still waits for
// all areas' messages (routeBase.tsx).
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
    modules: [...home, ...languageModules[locale]],
    targetBytes: bundleTargets.home,
  },
]);
