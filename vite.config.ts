import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { icuCatalogues } from './scripts/i18n/icu-catalogues.ts';
import { pwaPlugins } from './scripts/pwa/pwa-options.ts';

const API = `http://localhost:${process.env.PORT ?? 3000}`;

export default defineConfig({
  root: 'client',
  // The service worker and manifest (issue 20): scripts/pwa/pwa-options.ts says what they cache.
  // icuCatalogues: the message catalogues compiled at build time, so pages ship without the ICU parser.
  plugins: [solid(), icuCatalogues(), ...pwaPlugins()],
  build: { outDir: '../dist/client', emptyOutDir: true, target: 'es2020' },
  server: {
    port: 5173,
    proxy: { '/api': API, '/healthz': API, '/socket.io': { target: API, ws: true } },
  },
});
