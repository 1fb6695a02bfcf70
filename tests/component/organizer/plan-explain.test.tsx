/**
 * The Plan tab's explanation before a plan, in words from the catalogue (issue 19): its English
 * is the planner's explain() word for word over a grid of settings and head counts (every branch:
 * no mentors, no mentees, seats to spare, people sitting out, table-mates, repeats), and it
 * translates.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { explain } from '../../../shared/planner';
import { showLanguage } from '../../../client/i18n/current-language';
import { explainPlan } from '../../../client/screens/organizer/plan/plan-figures';
import { explainInWords } from '../../../client/screens/organizer/plan/plan-explain';
import { viewFixture } from './fixtures';

afterEach(async () => {
  await showLanguage('en');
});

describe('explainInWords', () => {
  it('says in English exactly what the planner’s explain() says', () => {
    let compared = 0;
    for (const rounds of [0, 1, 2, 3, 4, 5, 6, 7, 9, 13])
      for (const tableCapacity of [1, 2, 3])
        for (const mentors of [0, 1, 2, 3, 5, 7])
          for (const mentees of [0, 1, 2, 3, 6, 10, 21, 40]) {
            const settings = { rounds, tableCapacity };
            expect(explainInWords(settings, { mentors, mentees }), JSON.stringify({ settings, mentors, mentees })).toBe(
              explain(settings, { mentors, mentees }),
            );
            compared++;
          }
    expect(compared).toBe(1440);
  });

  it('German and Arabic: the Plan tab’s sentence in the page’s language', async () => {
    await showLanguage('de');
    expect(explainPlan(viewFixture())).toBe(
      '3 Mentees, 2 Mentoren, 2 Runden: alle treffen 1 oder 2 verschiedene Mentoren, 1 setzt jede Runde aus, ' +
        'also setzt jeder Mentee 0 oder 1 Runden aus.',
    );
    await showLanguage('ar');
    expect(explainPlan({ ...viewFixture(), mentors: [] })).toBe(
      'لا مرشدين بعد: أضف مرشدًا واحدًا على الأقل قبل التخطيط.',
    );
  });
});
