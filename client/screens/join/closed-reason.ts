import { join } from '../../i18n/catalogues/join';
import { language } from '../../i18n/current-language';
import { intlTagOf } from '../../i18n/languages';
import type { RoleParams } from './role-params';
import { sentence } from './signup-errors';

/**
 * Why sign-up (or one role) is not open, in the reader's language, from the server's stable
 * `reason`; a reason this page does not know yet keeps the server's English words. `words`: the
 * event's role words ("no more room for founders"), needed when `role` is given.
 */
export function closedText(
  s: { reason: string | null; message: string | null },
  role: 'mentee' | 'mentor' | null,
  closesAt: number | null,
  words?: RoleParams,
): string {
  switch (s.reason) {
    case 'closed':
      return join.t('closedClosed');
    case 'ended':
      return join.t('closedEnded');
    case 'full':
      if (role && words) return join.t(role === 'mentor' ? 'closedFullMentor' : 'closedFullMentee', words);
      break;
    case 'closes-at':
      if (closesAt !== null) {
        const fmt = new Intl.DateTimeFormat(intlTagOf(language()), { dateStyle: 'medium', timeStyle: 'short' });
        return join.t('closedAt', { time: fmt.format(closesAt) });
      }
      break;
  }
  return sentence(s.message ?? join.t('closedClosed'));
}
