import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * An area's `messages.ts` holds both languages (`goalsEn`, `goalsDe`); src/web/i18n/areas.ts imports
 * it as `messages.ts?lang=en` or `?lang=de`. In that copy the other language is no longer exported, so
 * the bundler drops it and a browser fetches only the language it shows.
 */
function oneLanguageMessages(): Plugin {
  return {
    name: 'trellis:one-language-messages',
    enforce: 'pre',
    transform(code, id) {
      const match = /[\\/]messages\.ts\?lang=(en|de)$/.exec(id);
      if (!match) return null;
      const other = match[1] === 'en' ? 'De' : 'En';
      const hidden = code.replace(new RegExp(`^export const (\\w+${other})\\b`, 'gm'), 'const $1');
      if (hidden === code) this.error(`${id}: found no "export const …${other}" to leave out`);
      return { code: hidden, map: null };
    },
  };
}

/** The web app: index.html at the repo root, sources in src/web, output served by the API server. */
export default defineConfig({
  root: '.',
  publicDir: 'public',
  plugins: [react(), oneLanguageMessages()],
  build: {
    outDir: 'dist/web',
    // .vite/manifest.json: which chunks each page needs, read by bench/bundle.ts.
    manifest: true,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    modulePreload: {
      // Every browser we support (WCAG-era Chrome, Firefox, Safari 17+) has modulepreload.
      polyfill: false,
      // The entry lazy-loads every route; listing each route's chunks there for preloading put
      // 3.6 KB (gzipped, and growing with every page) into what the sign-in page waits for. A route
      // now fetches its chunk, then that chunk's own imports: one more round trip on a first visit,
      // while the route's data is already on its way (routes start their queries in parallel).
      resolveDependencies: (_file, deps, { hostId, hostType }) =>
        hostType === 'js' && /(^|\/)index-[\w-]+\.js$/.test(hostId) ? [] : deps,
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod and the module that turns its eval probe off share one chunk, so the switch runs
          // before any schema elsewhere is built (the probe would break our CSP: no 'unsafe-eval').
          groups: [
            // i18next, react-i18next and our catalogue loader in one chunk of their own. Left to the
            // bundler they sometimes go into the entry and sometimes into two shared chunks,
            // depending on unrelated pages elsewhere (a new page's imports moved them and cost the
            // sign-in page 2 KB); pinned, the first paint's size stays put.
            {
              name: 'i18n',
              test: /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]|[\\/]src[\\/]web[\\/]i18n[\\/](index|areas)\.ts$/,
            },
            {
              name: 'zod',
              test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]web[\\/]app[\\/]zodJitless\.ts$/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.TRELLIS_API_URL ?? 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: process.env.TRELLIS_API_URL ?? 'http://localhost:3000', changeOrigin: false },
    },
  },
});
