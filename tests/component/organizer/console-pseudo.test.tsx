/**
 * The whole organizer console in the pseudo-locale (issue 19): every tab's panel (they are all in
 * the page, the unselected ones hidden), the frame, the door changes and the dialogs. Only the
 * test's own data (the event, the people, their tables, topics and questions, links, digits)
 * may be left as it was; any other Latin letter bypassed a catalogue.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrganizerView } from '../../../shared/protocol/views';
import { plan } from '../../../shared/planner';
import { expectNoUntranslatedText, pseudo, usePseudoLocale } from '../../support/pseudo-locale';
import { FakeSocket } from '../support/fake-socket';
import { meeting2Clock, viewFixture } from './fixtures';
import { openAnswer, reg } from './signup-fixtures';

let fake: FakeSocket;
vi.mock('../../../client/live/socket', () => ({ openSocket: () => fake }));
const { default: OrganizerPage } = await import('../../../client/screens/organizer/organizer-page');

const LINKS = ['http://tablehop.test', '/organize/ev1#key=k', '/projector#key=pk', '/join/ev1#code='];
const SUPPLIED = [
  'Night',
  'Grace Hopper',
  '李雷',
  'Zoë',
  'عمر',
  'Ana',
  'Ada',
  'ada@example.org',
  'T1',
  'T2',
  'compilers',
  'Admiral',
  'How do I start?',
  'What next?',
  ...LINKS,
  'http://tablehop.test/join/ev1#code=first',
  // The server's words (the mail log's reason), as it sent them.
  'off',
  'no such route',
  // The CSV example is a file: its column names and canonical roles are the format, in every language.
  'role,name,table,topics,bio,questions,wishes,avoid',
  'mentor,Grace Hopper,T1,compilers;careers,Rear admiral,,,',
  'mentor,李雷,T2,design,,,,',
  'mentee,Zoë,,,,How do I start?|What should I read?,Grace Hopper,',
  'mentee,عمر,,,,,,李雷',
  // Keys on the keyboard and file formats are what they are in every language.
  '#key=…',
  'CSV',
  'SVG',
  'PNG',
  'QR',
  'N',
  'E',
  'Z',
  // A time of day comes from Intl ("2:12 PM"), not from a catalogue.
  'Mar',
  'AM',
  'PM',
];

/** A planned view (the real planner) with the clock in round 2 of 3. */
function plannedView(): OrganizerView {
  const v = viewFixture();
  const settings = { rounds: 3, tableCapacity: 1 };
  const schedule = plan(settings, v.mentors, v.mentees);
  return {
    ...v,
    event: { ...v.event, rounds: 3 },
    schedule,
    scheduleVersion: 1,
    clock: meeting2Clock(),
  };
}

function serve(view: OrganizerView) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      if (method === 'GET' && url === '/api/events/ev1') return new Response(JSON.stringify(view));
      if (method === 'GET' && url === '/api/events/ev1/registrations')
        return new Response(JSON.stringify(openAnswer({}, { pending: [reg()] })));
      if (method === 'GET' && url === '/api/events/ev1/mail')
        return new Response(JSON.stringify({ enabled: false, message: 'off', perMinute: null, people: [] }));
      return new Response(JSON.stringify({ error: { code: 'not_found', message: 'no such route' } }), { status: 404 });
    }),
  );
}

let undo = () => {};
beforeEach(() => {
  fake = new FakeSocket();
  localStorage.clear();
  sessionStorage.clear();
  window.location.hash = '#key=k';
  undo = usePseudoLocale();
});
afterEach(() => {
  undo();
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Open each tab in turn (each panel renders what it loads when first opened) and check the page. */
async function everyTab(): Promise<void> {
  const tabs = within(await screen.findByRole('tablist')).getAllByRole('tab');
  expect(tabs.length).toBe(6);
  for (const tab of tabs) {
    fireEvent.click(tab);
    await new Promise((r) => setTimeout(r, 0));
    expectNoUntranslatedText(document.body, SUPPLIED);
  }
}

describe('the organizer console in the pseudo-locale', () => {
  it('the page without a key', () => {
    window.location.hash = '';
    render(() => <OrganizerPage eventId="ev1" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(pseudo('Organizer console'));
    expectNoUntranslatedText(document.body, SUPPLIED);
  });

  it('an event with people and no plan yet: every tab', async () => {
    serve(viewFixture());
    render(() => <OrganizerPage eventId="ev1" />);
    await screen.findByRole('heading', { level: 1, name: 'Night' });
    await waitFor(() => expect(screen.getByRole('tab', { name: pseudo('People') })).toBeInTheDocument());
    await everyTab();
  });

  it('a planned event in its second round: every tab', async () => {
    serve(plannedView());
    render(() => <OrganizerPage eventId="ev1" />);
    await screen.findByRole('heading', { level: 1, name: 'Night' });
    await everyTab();
  });
});
