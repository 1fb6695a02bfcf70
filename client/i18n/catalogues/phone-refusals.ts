import { defineMessages } from '../define-messages';
import en from './en/phone-refusals';

/**
 * Why the server refused a phone's request, by the refusal's stable code (issue 19). Refusals
 * are rare, so only client/i18n/phone-refusal-words.ts imports it, itself a chunk the phone
 * fetches when it first shows a refusal on a page in another language (the phone's budget);
 * the service worker precaches it with the other languages' catalogues (pwa-options.ts).
 */
export const phoneRefusals = defineMessages('phoneRefusals', en, {
  de: () => import('./de/phone-refusals'),
  fr: () => import('./fr/phone-refusals'),
  es: () => import('./es/phone-refusals'),
  ar: () => import('./ar/phone-refusals'),
  'zh-Hans': () => import('./zh-Hans/phone-refusals'),
});
