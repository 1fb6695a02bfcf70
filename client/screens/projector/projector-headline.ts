import type { RoleWords } from '../../../shared/labels/role-words';
import { projector } from '../../i18n/catalogues/projector';
import { language } from '../../i18n/current-language';
import { localRoleWords } from '../../i18n/role-words';
import type { LabelClock } from '../../live/phase-label';

/**
 * The role words inside a sentence: English lower-cases the event's own ("investors"); other
 * languages keep them as the event wrote them (German nouns keep their capital), and their
 * own words (not custom) are the catalogue's in-sentence forms.
 */
function sentenceWords(words: RoleWords): { mentors: string; mentees: string } {
  return words.custom && language() !== 'en' ? { mentors: words.mentors, mentees: words.mentees } : words.inline;
}

/** The line for a clock that is not paused: what the whole room does now. */
function phaseLine(clock: LabelClock, mentorsMove: boolean, words: RoleWords): string {
  const { mentors, mentees } = sentenceWords(words);
  if (clock.status === 'idle')
    return mentorsMove ? projector.t('headIdleMentorsMove', { mentors, mentees }) : projector.t('headIdle');
  if (clock.status === 'finished') return projector.t('headFinished');
  const p = clock.phase;
  if (!p) return '';
  const of = { round: p.round, rounds: clock.rounds };
  switch (p.kind) {
    case 'meeting':
      return projector.t('headMeeting', of);
    case 'changeover':
      // When mentors move (issue 17) the room's instruction is the other way round: mentees stay.
      return mentorsMove
        ? projector.t('headChangeoverMentorsMove', { ...of, mentors, mentees })
        : projector.t('headChangeover', of);
    case 'break':
      return projector.t('headBreak', of);
  }
}

/**
 * The projector's big line in the page's language: phase and round ("Round 3 of 8 — talk"),
 * with "(paused)" for the screen reader's announcement; the visible line leaves it out
 * (`spoken: false`), since the big "Paused" under the digits says it already. Reactive: the
 * words come from the catalogue (and, unless given, the page language's role words).
 */
export function projectorHeadline(
  clock: LabelClock,
  spoken = true,
  mentorsMove = false,
  words: RoleWords = localRoleWords(null),
): string {
  const line = phaseLine(clock, mentorsMove, words);
  return spoken && clock.status === 'paused' && line ? projector.t('headPaused', { headline: line }) : line;
}
