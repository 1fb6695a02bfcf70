import { z } from 'zod';

/**
 * The languages Tablehop speaks (issue 19): English is the source, the others are complete
 * translations. An event's default (`settings.locale`) is one of them; the client's language
 * menu offers the same list.
 */
export const LOCALES = ['en', 'de', 'fr', 'es', 'ar', 'zh-Hans'] as const;
export type Locale = (typeof LOCALES)[number];

export const localeSchema = z.enum(LOCALES, `must be one of ${LOCALES.join(', ')}`);
