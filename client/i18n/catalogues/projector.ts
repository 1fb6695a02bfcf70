import { defineMessages } from '../define-messages';
import en from './en/projector';

/** The projector: the big screen at the front of the room. */
export const projector = defineMessages('projector', en, {
  de: () => import('./de/projector'),
  fr: () => import('./fr/projector'),
  es: () => import('./es/projector'),
  ar: () => import('./ar/projector'),
  'zh-Hans': () => import('./zh-Hans/projector'),
});
