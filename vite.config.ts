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
