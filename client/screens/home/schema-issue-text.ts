import type { z } from 'zod';
import { home } from '../../i18n/catalogues/home';

/**
 * A settings schema issue in the page's language, from its code and bounds (the schema's own
 * words are English, and the API keeps them). An issue of a kind not mapped here keeps them.
 */
export function schemaIssueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return home.t('errNotEmpty');
      if (issue.origin === 'number') return home.t('errAtLeast', { min: Number(issue.minimum) });
      break;
    case 'too_big':
      if (issue.origin === 'string') return home.t('errTooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'number') return home.t('errAtMost', { max: Number(issue.maximum) });
      break;
    case 'invalid_type':
      if (issue.expected === 'int') return home.t('errWholeNumber');
      break;
  }
  return issue.message;
}

/** Breaks the form can explain itself: a second break after the same round, or one after the last round. */
export function breakIssues(breaks: readonly { afterRound: number }[], rounds: number | undefined) {
  const out: { index: number; text: string }[] = [];
  const seen = new Set<number>();
  breaks.forEach((b, index) => {
    if (seen.has(b.afterRound)) out.push({ index, text: home.t('errBreakTwice', { round: b.afterRound }) });
    else if (rounds !== undefined && b.afterRound >= rounds)
      out.push({ index, text: home.t('errBreakAfterLast', { rounds }) });
    seen.add(b.afterRound);
  });
  return out;
}
