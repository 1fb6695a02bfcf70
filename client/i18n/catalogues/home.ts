import { defineMessages } from '../define-messages';
import en from './en/home';

/** The home page and the event settings form. */
export const home = defineMessages('home', en, {
  de: () => import('./de/home'),
  fr: () => import('./fr/home'),
  es: () => import('./es/home'),
  ar: () => import('./ar/home'),
  'zh-Hans': () => import('./zh-Hans/home'),
});
