import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app: index.html at the repo root, sources in src/web, output served by the API server. */
export default defineConfig({
  root: '.',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: 'dist/web',
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
