import { defineMessages } from '../define-messages';
import en from './en/issues';

/** The server's problems and refusals by their stable code (issue 19), for every translated screen. */
export const issues = defineMessages('issues', en, {
  de: () => import('./de/issues'),
  fr: () => import('./fr/issues'),
  es: () => import('./es/issues'),
  ar: () => import('./ar/issues'),
  'zh-Hans': () => import('./zh-Hans/issues'),
});
