import { defineMessages } from '../define-messages';
import en from './en/common';

/** Words every screen shares (the language menu, Copy, durations). */
export const common = defineMessages('common', en, {
  de: () => import('./de/common'),
  fr: () => import('./fr/common'),
  es: () => import('./es/common'),
  ar: () => import('./ar/common'),
  'zh-Hans': () => import('./zh-Hans/common'),
});
