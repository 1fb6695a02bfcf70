/**
 * The printables in the event's own role words (issue 17, `settings.labels`): a career fair's
 * cards, tents and wall index say Recruiter / Student, never Mentor / Mentee; an event without
 * labels prints the words it always did.
 */
import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import PersonCards from '../../../client/screens/print/person-cards';
import type { PrintContext } from '../../../client/screens/print/print-context';
import TableTents from '../../../client/screens/print/table-tents';
import { WallIndexPage } from '../../../client/screens/print/wall-index';
import type { OrganizerView } from '../../../shared/protocol/views';
import type { RoleLabels } from '../../../shared/schemas/role-labels';
import { viewFixture } from '../organizer/fixtures';

const LABELS: RoleLabels = { mentor: 'Recruiter', mentee: 'Student' };
const DEFAULT_WORDS = /\bment(or|ee)s?\b/i;

const seated = {
  mentors: [
    { id: 'm1', name: 'Grace Hopper', table: 'T1' },
    { id: 'm2', name: '李雷', table: 'T2' },
  ],
  mentees: [
    { id: 'e1', name: 'Zoë' },
    { id: 'e2', name: 'عمر' },
    { id: 'e3', name: 'Ana' },
  ],
  rounds: [
    {
      round: 1,
      tables: [
        { mentorId: 'm1', menteeIds: ['e1'] },
        { mentorId: 'm2', menteeIds: ['e2'] },
      ],
      byes: ['e3'],
    },
    {
      round: 2,
      tables: [
        { mentorId: 'm1', menteeIds: ['e3'] },
        { mentorId: 'm2', menteeIds: ['e1'] },
      ],
      byes: ['e2'],
    },
  ],
};

/** The same people when the mentors move: the mentees sit at T1 and T2 all event. */
const moving = {
  ...seated,
  tables: [
    { table: 'T1', menteeIds: ['e1', 'e3'] },
    { table: 'T2', menteeIds: ['e2'] },
  ],
  rounds: [
    {
      round: 1,
      tables: [
        { mentorId: 'm1', table: 'T1', menteeIds: ['e1', 'e3'] },
        { mentorId: 'm2', table: 'T2', menteeIds: ['e2'] },
      ],
      byes: [],
    },
    {
      round: 2,
      tables: [
        { mentorId: 'm1', table: 'T2', menteeIds: ['e2'] },
        { mentorId: 'm2', table: 'T1', menteeIds: ['e1', 'e3'] },
      ],
      byes: [],
    },
  ],
};

function ctx(labels: RoleLabels | undefined, schedule: unknown = seated): PrintContext {
  const base = viewFixture();
  const view = {
    ...base,
    event: { ...base.event, ...(labels ? { labels } : {}), ...(schedule === moving ? { moving: 'mentors' } : {}) },
    schedule,
  } as OrganizerView;
  return {
    view: () => view,
    times: () => [null, null],
    basis: () => 'none',
    timeText: () => '18:00',
    dateText: () => 'Friday',
    zone: () => null,
    paper: () => 'a4',
    orientation: 'portrait',
  };
}

// happy-dom has no FontFaceSet; the printables fit their type once the fonts are ready.
beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: { ready: Promise.resolve() } });
});
afterEach(cleanup);

describe('printables with the event’s role words', () => {
  it('personal cards: the role line and the rounds’ heading say Recruiter / Student', () => {
    render(() => <PersonCards ctx={ctx(LABELS)} />);
    const cards = screen.getAllByTestId('person-card');
    const grace = cards.find((c) => c.dataset.person === 'm1')!;
    const zoe = cards.find((c) => c.dataset.person === 'e1')!;
    expect(grace.querySelector('.card-role')).toHaveTextContent(/^Recruiter · table T1$/);
    expect(within(grace).getByRole('columnheader', { name: 'Students' })).toBeInTheDocument();
    expect(zoe.querySelector('.card-role')).toHaveTextContent(/^Student$/);
    expect(within(zoe).getByRole('columnheader', { name: 'Recruiter' })).toBeInTheDocument();
    expect(screen.getByTestId('print-sheets').textContent).not.toMatch(DEFAULT_WORDS);
  });

  it('personal cards without labels keep Mentor / Mentee', () => {
    render(() => <PersonCards ctx={ctx(undefined)} />);
    const cards = screen.getAllByTestId('person-card');
    expect(cards.find((c) => c.dataset.person === 'm1')!.querySelector('.card-role')).toHaveTextContent(
      /^Mentor · table T1$/,
    );
    expect(cards.find((c) => c.dataset.person === 'e1')!.querySelector('.card-role')).toHaveTextContent(/^Mentee$/);
  });

  it('when recruiters move: the cards and the seated tables’ tents', () => {
    render(() => <PersonCards ctx={ctx(LABELS, moving)} />);
    const cards = screen.getAllByTestId('person-card');
    expect(cards.find((c) => c.dataset.person === 'm1')!.querySelector('.card-role')).toHaveTextContent(
      'Recruiter · you move: your tables are below',
    );
    expect(cards.find((c) => c.dataset.person === 'e1')!.querySelector('.card-role')).toHaveTextContent(
      'Student · you stay at table T1 all event',
    );
    cleanup();
    render(() => <TableTents ctx={ctx(LABELS, moving)} />);
    const tents = screen.getAllByTestId('table-tent');
    expect(tents).toHaveLength(2);
    expect(tents[0]).toHaveTextContent('Students stay at this table; the recruiters come to you.');
    const sheets = screen.getByTestId('print-sheets');
    expect(sheets).toHaveTextContent('Recruiters move: 2 table tents');
    expect(sheets.textContent).not.toMatch(DEFAULT_WORDS);
  });

  it('table tents: the note says whom the QR code faces in the event’s word', () => {
    render(() => <TableTents ctx={ctx(LABELS)} />);
    expect(screen.getByTestId('print-sheets')).toHaveTextContent('the QR code faces the recruiter.');
    expect(screen.getByTestId('print-sheets').textContent).not.toMatch(DEFAULT_WORDS);
  });

  it('the wall index: Students A–Z, the column of names headed Student', () => {
    const columns = [[{ id: 'e3', name: 'Ana', initial: 'A', tables: [null, 'T1'] }]];
    render(() => (
      <WallIndexPage
        ctx={ctx(LABELS)}
        page={{ columns, rounds: { from: 1, to: 2 } }}
        number={1}
        count={1}
        splitRounds={false}
        dense={false}
      />
    ));
    const page = screen.getByTestId('index-page');
    expect(page.querySelector('.wall-head p')).toHaveTextContent(/^Students A–Z: find your name/);
    expect(within(page).getByRole('columnheader', { name: 'Student' })).toBeInTheDocument();
    expect(page.textContent).not.toMatch(DEFAULT_WORDS);
  });
});
