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
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod and the module that turns its eval probe off share one chunk, so the switch runs
          // before any schema elsewhere is built (the probe would break our CSP: no 'unsafe-eval').
          groups: [
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
