import { paginate, type PersonCard } from './card-rows';

/** How the personal cards of a group are printed: cards a page, and whether in smaller type. */
export interface CardStep {
  perPage: 1 | 2 | 4;
  small: boolean;
}

/** One printed page of personal cards. */
export interface CardSheet extends CardStep {
  cards: PersonCard[];
}

/**
 * Pure: the fitting steps from a first guess of cards a page: smaller type first, and only
 * then fewer cards a page (4 → 2 → 1); four a page is what a guillotine cuts in two strokes.
 */
export function cardSteps(estimate: 1 | 2 | 4): CardStep[] {
  return ([4, 2, 1] as const)
    .filter((n) => n <= estimate)
    .flatMap((perPage) => [false, true].map((small) => ({ perPage, small })));
}

/**
 * Pure: the pages of cards, in order. Mentors and mentees are fitted apart (a mentor's rows
 * list their mentees and need more room): laid out alike they share pages, as handed out;
 * otherwise the mentors' pages come first, so the mentees keep four a page.
 */
export function cardSheets(cards: readonly PersonCard[], mentor: CardStep, mentee: CardStep): CardSheet[] {
  const sheets = (group: readonly PersonCard[], step: CardStep) =>
    paginate(group, step.perPage).map((page) => ({ ...step, cards: page }));
  if (mentor.perPage === mentee.perPage && mentor.small === mentee.small) return sheets(cards, mentor);
  return [
    ...sheets(
      cards.filter((c) => c.role === 'mentor'),
      mentor,
    ),
    ...sheets(
      cards.filter((c) => c.role === 'mentee'),
      mentee,
    ),
  ];
}
