import { defineMessages } from '../define-messages';
import en from './en/join';

/** The sign-up pages and a mentor's profile page. */
export const join = defineMessages('join', en, {
  de: () => import('./de/join'),
  fr: () => import('./fr/join'),
  es: () => import('./es/join'),
  ar: () => import('./ar/join'),
  'zh-Hans': () => import('./zh-Hans/join'),
});
