import { cleanup, render, screen, within } from '@solidjs/testing-library';
import type { JSX } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GroupRulesCard } from '../../../client/screens/organizer/people/group-rules-card';
import { previewCsv } from '../../../client/screens/organizer/people/csv-preview';
import { historyAddedText } from '../../../client/screens/organizer/plan/history-card';
import { editNames, describeEdit } from '../../../client/screens/organizer/plan/edit-words';
import { PlanPanel } from '../../../client/screens/organizer/plan/plan-panel';
import { qualityChange } from '../../../client/screens/organizer/plan/quality-figures';
import { previewLines } from '../../../client/screens/organizer/replan/diff-lines';
import { ReplanReview } from '../../../client/screens/organizer/replan/replan-review';
import { RoleWordsProvider } from '../../../client/screens/organizer/role-words';
import type { Preview } from '../../../shared/attendance/preview-schema';
import { roleWords } from '../../../shared/labels/role-words';
import { quality } from '../../../shared/planner';
import type { OrganizerView } from '../../../shared/protocol/views';
import { fakeApi, viewFixture, TWO_ROUNDS as SCHEDULE } from './fixtures';

// The Plan tab, the hand edits, the replan review and the group rules in the event's words
// (issue 17, settings.labels): "Investor" / "Founder", and no "mentor" or "mentee" left.

afterEach(cleanup);

const LABELS = { mentor: 'Investor', mentee: 'Founder' };
const WORDS = roleWords(LABELS);
const ROLE = /\bment(or|ee)s?\b/i;

const inWords = (child: () => JSX.Element) => <RoleWordsProvider labels={LABELS}>{child()}</RoleWordsProvider>;

/** Two rounds: Zoë and Ana meet both investors, عمر (who avoids 李雷) sits out once. */

const planned = (over: Partial<OrganizerView['event']> = {}): OrganizerView => {
  const v = viewFixture({ schedule: SCHEDULE, scheduleVersion: 1 });
  return { ...v, event: { ...v.event, labels: LABELS, ...over } };
};

describe('the Plan tab in the event’s words', () => {
  it('says investors and founders in the figures and the format choices, never mentor or mentee', () => {
    const view = planned();
    render(() => inWords(() => <PlanPanel view={view} http={fakeApi()} clock={() => view.clock} />));
    const figures = screen.getByTestId('plan-quality');
    expect(figures).toHaveTextContent('per founder (spread');
    expect(figures).toHaveTextContent('no one meets an investor they avoid');
    expect(figures.textContent).not.toMatch(ROLE);

    const moves = screen.getByRole('group', { name: 'Who moves?' });
    expect(within(moves).getByRole('radio', { name: /^Founders move to investors' tables/ })).toBeChecked();
    expect(within(moves).getByRole('radio', { name: /^Investors move, founders stay seated/ })).toBeInTheDocument();
    expect(moves).toHaveTextContent('Each investor keeps a table; each round the founders walk to their next one.');
    const pairing = screen.getByRole('group', { name: 'Pairing' });
    expect(within(pairing).getByRole('radio', { name: /^Investors and founders/ })).toBeChecked();
    expect(pairing).toHaveTextContent('Founders meet investors at the investors’ tables.');
    for (const box of [moves, pairing]) expect(box.textContent).not.toMatch(ROLE);
    // The hand-edit help above the matrix.
    expect(screen.getByText(/^To change a seat, pick a founder/)).toHaveTextContent(
      'another founder to swap with, a free seat, or “sit out here”. You can also drag a founder.',
    );
  });

  it('words the figures of a replan, the hand edits, the history and the CSV preview', () => {
    const input = {
      settings: { rounds: 2, tableCapacity: 1 },
      mentors: SCHEDULE.mentors,
      mentees: SCHEDULE.mentees.map((m) => ({ ...m, wishes: [], avoid: [] })),
    };
    const before = quality(SCHEDULE, { ...input, mentees: input.mentees.slice(0, 2) });
    const after = quality(SCHEDULE, input);
    expect(qualityChange(before, after, WORDS)).toMatch(/^1 more founder takes part;/);

    const names = editNames({ mentors: [], mentees: [] }, WORDS);
    expect(describeEdit({ op: 'unpin', menteeId: 'e1', mentorId: 'm9' }, names)).toBe(
      'someone no longer in the plan and an investor no longer in the plan unpinned',
    );
    expect(
      historyAddedText(
        { pairs: 1, added: 1, matched: { mentors: 1, mentees: 2 }, unmatched: { mentors: [], mentees: [] } },
        WORDS,
      ),
    ).toBe('Added 1 pair: 1 investor and 2 founders of this event were there; 1 pair known in all.');
    const csv = previewCsv('role,name\nmentor,Grace Hopper\nmentee,Zoë\nmentee,Ana', undefined, WORDS);
    expect(csv.state === 'ready' && csv.summary).toBe('Ready to import 1 investor and 2 founders.');
  });
});

/** Grace (m1, T1) leaves in round 2: Zoë moves from T1 to T2, Ana sits out. */
function previewFixture(): Preview {
  const q = quality(SCHEDULE, {
    settings: { rounds: 2, tableCapacity: 1 },
    mentors: SCHEDULE.mentors,
    mentees: SCHEDULE.mentees.map((m) => ({ ...m, wishes: [], avoid: [] })),
  });
  return {
    fromRound: 2,
    basedOn: { phaseIndex: 0, scheduleVersion: 3, digest: 'abc' },
    changed: true,
    schedule: SCHEDULE,
    diff: {
      fromRound: 2,
      seats: [
        {
          round: 2,
          menteeId: 'e1',
          before: { kind: 'table', mentorId: 'm1', table: 'T1' },
          after: { kind: 'table', mentorId: 'm2', table: 'T2' },
        },
        { round: 2, menteeId: 'e3', before: { kind: 'table', mentorId: 'm2', table: 'T2' }, after: { kind: 'bye' } },
      ],
      tables: [{ round: 2, mentorId: 'm1', change: 'removed' }],
      rounds: [{ round: 2, seatChanges: 2 }],
      affectedMentees: ['e1', 'e3'],
      roundsAdded: [],
      roundsRemoved: [],
    },
    affected: { mentees: ['e1', 'e3'], mentors: ['m1', 'm2'] },
    quality: { before: q, after: q },
    pending: [{ personId: 'm1', name: 'Grace Hopper', role: 'mentor', attendance: 'left', change: 'unseat' }],
    markedAbsent: [],
  };
}

describe('the replan review in the event’s words', () => {
  it('says how many founders move and whose tables change', async () => {
    expect(previewLines(previewFixture(), WORDS).summary).toMatch(
      /^From round 2: 2 founders move, 2 investors’ tables change\./,
    );
    const api = { setStatus: vi.fn(), preview: vi.fn(async () => previewFixture()), apply: vi.fn() };
    render(() => inWords(() => <ReplanReview api={api} options={{}} onClose={() => {}} onApplied={() => {}} />));
    expect(await screen.findByTestId('replan-summary')).toHaveTextContent(
      'From round 2: 2 founders move, 2 investors’ tables change.',
    );
    const review = screen.getByTestId('replan-review');
    expect(review).toHaveTextContent('no one meets an investor they avoid');
    expect(review.textContent).not.toMatch(ROLE);
  });
});

describe('the group rules in the event’s words', () => {
  it('labels both rules with founders and investors', () => {
    const v = viewFixture();
    const view: OrganizerView = {
      ...v,
      event: { ...v.event, labels: LABELS },
      mentors: v.mentors.map((m, i) => (i === 0 ? { ...m, group: 'ACME' } : m)),
      mentees: v.mentees.map((m, i) => (i === 1 ? { ...m, group: 'Uni' } : m)),
    };
    render(() => inWords(() => <GroupRulesCard view={view} http={fakeApi()} />));
    expect(screen.getByRole('checkbox', { name: 'Keep founders of one group at different tables' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Nobody meets an investor of their own group' })).toBeChecked();
    const card = screen.getByTestId('group-rules');
    expect(card).toHaveTextContent('Like an avoid: a founder never sits at the table of an investor from their');
    expect(card.textContent).not.toMatch(ROLE);
  });
});
