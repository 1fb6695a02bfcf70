import type { Locale } from '../../schemas/locale';
import type { MailWords } from '../mail-words';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { zhHans } from './zh-Hans';

const WORDS: Record<Locale, MailWords> = { en, de, fr, es, ar, 'zh-Hans': zhHans };

/** The mail's words in `locale` (issue 19); none: English. */
export function mailWordsOf(locale: Locale | null | undefined): MailWords {
  return WORDS[locale ?? 'en'];
}
