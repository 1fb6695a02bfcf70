import { mergeConfig } from 'vite';
import { icuCatalogues } from '../../scripts/i18n/icu-catalogues.ts';
import base from '../../vite.config.ts';

// The app's Vite config with the message catalogues compiled at build time (issue 19), to
// measure it: `npm run bench:bundle -- --vite-config=bench/bundle/vite-icu.config.ts`.
export default mergeConfig(base, { plugins: [icuCatalogues()] });
