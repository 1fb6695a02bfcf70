/**
 * The printables in the pseudo-locale (issue 19): every word on a tent, a card, the wall sheet
 * and its index, and the projector sign comes from the `print` catalogue (or the common one's
 * role words); only the test's own data (names, tables, topics, the event, times) may be Latin.
 */
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import PersonCards from '../../../client/screens/print/person-cards';
import type { PrintContext } from '../../../client/screens/print/print-context';
import ProjectorSign from '../../../client/screens/print/projector-sign';
import TableTents from '../../../client/screens/print/table-tents';
import WallSheet from '../../../client/screens/print/wall-sheet';
import type { OrganizerView } from '../../../shared/protocol/views';
import { expectNoUntranslatedText, pseudo, usePseudoLocale } from '../../support/pseudo-locale';
import { viewFixture } from '../organizer/fixtures';

const START = Date.UTC(2030, 2, 14, 17, 0);

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

const moving = {
  ...seated,
  tables: [
    { table: 'T1', menteeIds: ['e1', 'e3'] },
    { table: 'T2', menteeIds: ['e2'] },
  ],
  rounds: seated.rounds.map((r, i) => ({
    round: r.round,
    tables: [
      { mentorId: 'm1', table: i === 0 ? 'T1' : 'T2', menteeIds: i === 0 ? ['e1', 'e3'] : ['e2'] },
      { mentorId: 'm2', table: i === 0 ? 'T2' : 'T1', menteeIds: i === 0 ? ['e2'] : ['e1', 'e3'] },
    ],
    byes: [],
  })),
};

function ctx(schedule: unknown, extra: Partial<OrganizerView['event']> = {}): PrintContext {
  const base = viewFixture();
  const mentors = base.mentors.map((m) => (m.id === 'm1' ? { ...m, meetingUrl: 'https://meet.example/grace' } : m));
  const view = {
    ...base,
    mentors,
    event: { ...base.event, breaks: [{ afterRound: 1, seconds: 300 }], ...extra },
    schedule,
  } as OrganizerView;
  return {
    view: () => view,
    times: () => [START, START + 960_000],
    basis: () => 'planned',
    timeText: () => '18:00',
    dateText: () => '14.03.2030',
    zone: () => null,
    paper: () => 'a4',
    orientation: 'portrait',
  };
}

// The test's own data: names, tables, topics, the event's name, the times and dates it supplied.
const SUPPLIED = ['Grace Hopper', 'Zoë', 'Ana', 'Night', 'compilers', 'T1', 'T2', '18:00', '14.03.2030'];

beforeAll(() => {
  if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: { ready: Promise.resolve() } });
});
let undo = () => {};
beforeEach(() => {
  undo = usePseudoLocale();
});
afterEach(() => {
  undo();
  cleanup();
});

describe('the printables in the pseudo-locale', () => {
  it('personal cards: role lines, the rounds, a break, the QR captions and the notes', () => {
    render(() => <PersonCards ctx={ctx(seated)} />);
    expect(screen.getAllByTestId('person-card')).toHaveLength(5);
    expect(screen.getByTestId('print-sheets')).toHaveTextContent(pseudo('Your live page'));
    expectNoUntranslatedText(document.body, SUPPLIED);
  });

  it('personal cards when mentors move, and before any plan', () => {
    render(() => <PersonCards ctx={ctx(moving, { moving: 'mentors' })} />);
    expectNoUntranslatedText(document.body, SUPPLIED);
    cleanup();
    render(() => <PersonCards ctx={ctx(null)} />);
    expectNoUntranslatedText(document.body, SUPPLIED);
  });

  it('table tents: a mentor table with an online call, and the seated tables when mentors move', () => {
    render(() => <TableTents ctx={ctx(seated)} />);
    expect(screen.getAllByTestId('table-tent')).toHaveLength(2);
    expectNoUntranslatedText(document.body, SUPPLIED);
    cleanup();
    render(() => <TableTents ctx={ctx(moving, { moving: 'mentors' })} />);
    expectNoUntranslatedText(document.body, SUPPLIED);
  });

  it('the wall sheet and its index, and the projector sign', () => {
    render(() => <WallSheet ctx={ctx(seated)} />);
    expect(screen.getAllByTestId('wall-page').length).toBeGreaterThan(0);
    expect(screen.getAllByTestId('index-page').length).toBeGreaterThan(0);
    // The index files names under their first letters (hidden from screen readers): data, not words.
    const initials = [...document.querySelectorAll('.index-initial')].map((el) => el.textContent).filter(Boolean);
    expect(initials).toEqual(['A', 'Z', 'ع']);
    for (const el of document.querySelectorAll('.index-initial')) el.remove();
    expectNoUntranslatedText(document.body, SUPPLIED);
    cleanup();
    render(() => <ProjectorSign ctx={ctx(seated)} />);
    expectNoUntranslatedText(document.body, SUPPLIED);
  });

  it("the event's time zone, where it is not the printing computer's: on cards, wall pages and the sign", () => {
    const inTokyo = { ...ctx(seated), zone: () => 'Asia/Tokyo' };
    const supplied = [...SUPPLIED, 'Asia/Tokyo'];
    for (const Printable of [PersonCards, WallSheet, ProjectorSign]) {
      render(() => <Printable ctx={inTokyo} />);
      expect(screen.getAllByTestId('print-zone')[0]).toHaveTextContent(pseudo('Times are in the event'));
      for (const el of document.querySelectorAll('.index-initial')) el.remove(); // data, as above
      expectNoUntranslatedText(document.body, supplied);
      cleanup();
    }
  });
});
