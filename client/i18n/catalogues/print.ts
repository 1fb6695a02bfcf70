import { defineMessages } from '../define-messages';
import en from './en/print';

/** The printables: tents, cards, the wall sheet and the projector sign (in the event’s language). */
export const print = defineMessages('print', en, {
  de: () => import('./de/print'),
  fr: () => import('./fr/print'),
  es: () => import('./es/print'),
  ar: () => import('./ar/print'),
  'zh-Hans': () => import('./zh-Hans/print'),
});
