/**
 * The console's frame and door changes in another language (issue 19): the save-link notice,
 * the localhost warning, the page without a key, the pending banner and the preview in words.
 * The console itself stays English until every area is converted; these switch it by hand.
 */
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PendingChange } from '../../../shared/attendance/pending';
import type { Preview } from '../../../shared/attendance/preview-schema';
import { chooseLanguage, showLanguage } from '../../../client/i18n/current-language';
import { markNewEvent } from '../../../client/screens/home/new-event';
import { LocalhostWarning } from '../../../client/screens/organizer/network/localhost-warning';
import OrganizerPage from '../../../client/screens/organizer/organizer-page';
import { previewLines } from '../../../client/screens/organizer/replan/diff-lines';
import { PendingBanner } from '../../../client/screens/organizer/replan/pending-banner';
import { pendingPhrase, pendingText } from '../../../client/screens/organizer/replan/pending';
import { SaveLinkNotice } from '../../../client/screens/organizer/save-link-notice';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  localStorage.clear();
  window.location.hash = '';
  await showLanguage('en');
});

const graceLeft: PendingChange = {
  personId: 'm1',
  name: 'Grace Hopper',
  role: 'mentor',
  attendance: 'left',
  change: 'unseat',
};
const anaHere: PendingChange = { personId: 'e3', name: 'Ana', role: 'mentee', attendance: 'present', change: 'seat' };

/** Grace (m1, T1) leaves in round 2: Zoë moves from T1 to T2, Ana now sits out. */
const preview = {
  fromRound: 2,
  changed: true,
  schedule: {
    mentors: [
      { id: 'm1', name: 'Grace Hopper', table: 'T1' },
      { id: 'm2', name: '李雷', table: 'T2' },
    ],
    mentees: [
      { id: 'e1', name: 'Zoë' },
      { id: 'e3', name: 'Ana' },
    ],
    rounds: [],
  },
  diff: {
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
  },
  affected: { mentees: ['e1', 'e3'], mentors: ['m1', 'm2'] },
  pending: [graceLeft],
} as unknown as Preview;

describe('the console frame, translated', () => {
  it('German: the save-link notice and the localhost warning', async () => {
    await showLanguage('de');
    markNewEvent('ev1');
    render(() => <SaveLinkNotice eventId="ev1" link="http://localhost:3000/organize/ev1#key=k" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Speichern Sie diesen Link');
    expect(screen.getByLabelText('Ihr Konsolen-Link')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ich habe ihn gespeichert' })).toBeInTheDocument();
    cleanup();
    // The server cannot be asked for its addresses: the warning says how to restart it.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('no', { status: 500 })),
    );
    render(() => <LocalhostWarning linkBase="http://localhost:3000" />);
    const warning = screen.getByTestId('localhost-warning');
    expect(warning).toHaveTextContent('Telefone können diese Links nicht öffnen');
    expect(warning).toHaveTextContent('zeigt auf localhost:3000, das nur dieser Computer öffnen kann');
    expect(await screen.findByText(/ist nur auf diesem Computer erreichbar/)).toBeInTheDocument();
    expect(warning.querySelector('code')).toHaveTextContent('localhost:3000');
  });

  it('Chinese: the page without a key asks for the link, its setting name kept as code', async () => {
    // Chosen on this laptop's menu: the page picks its language itself (the choice, the browser, the event).
    await chooseLanguage('zh-Hans');
    render(() => <OrganizerPage eventId="ev-nokey" />);
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('组织者控制台');
    expect(screen.getByLabelText('控制台链接或组织者密钥')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '打开控制台' })).toBeInTheDocument();
    expect(screen.getByText('#key=…', { selector: 'code' })).toBeInTheDocument();
    expect(screen.getByText('创建新活动').closest('a')).toBeInTheDocument();
  });
});

describe('the door changes, translated', () => {
  it('German: the banner counts the changes, each in words with the name kept apart', async () => {
    await showLanguage('de');
    render(() => <PendingBanner pending={[graceLeft, anaHere]} tableOf={() => 'T1'} onReview={() => {}} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(
      '2 Änderungen an der Tür noch nicht in der Sitzordnung',
    );
    expect(screen.getByRole('button', { name: 'Prüfen und übernehmen' })).toBeInTheDocument();
    expect(pendingText(graceLeft, () => 'T1')).toBe('Grace Hopper (T1) ist gegangen: der Tisch schließt');
    expect(pendingPhrase(anaHere, () => undefined)).toEqual([{ name: 'Ana' }, ' ist da: braucht einen Platz']);
  });

  it('German: the preview in words, the names marked in the translated order', async () => {
    await showLanguage('de');
    const { summary, people } = previewLines(preview);
    expect(summary).toBe(
      'Ab Runde 2: 2 Mentees wechseln, die Tische von 2 Mentoren ändern sich. ' +
        'Nur deren Telefone werden informiert; bereits begonnene Runden bleiben, wie sie sind.',
    );
    const zoe = people.find((p) => p.name === 'Zoë')!;
    expect(zoe.lines).toEqual(['Runde 2: T1 — Grace Hopper → T2 — 李雷']);
    expect(zoe.phrases[0]).toEqual(['Runde 2: ', 'T1 — ', { name: 'Grace Hopper' }, ' → ', 'T2 — ', { name: '李雷' }]);
    expect(people.find((p) => p.name === 'Ana')!.lines).toEqual(['Runde 2: T2 — 李雷 → setzt aus']);
    expect(people.find((p) => p.name === 'Grace Hopper')!.lines).toEqual(['Tisch T1 schließt für Runde 2']);
    expect(people.find((p) => p.name === '李雷')!.lines).toEqual(['Runde 2: Zoë statt Ana']);
  });

  it('English stays as it was, the possessive after the plural as English writes it', () => {
    const one = { ...preview, affected: { mentees: ['e1'], mentors: ['m1'] } } as Preview;
    expect(previewLines(one).summary).toMatch(/^From round 2: 1 mentee moves, 1 mentor’s table changes\./);
    expect(previewLines(preview).summary).toMatch(/2 mentors’ tables change\./);
    const alumni = { mentor: 'Alumna', mentors: 'Alumni', mentee: 'Mentee', mentees: 'Mentees' };
    const words = { ...alumni, inline: { mentor: 'alumna', mentors: 'alumni', mentee: 'mentee', mentees: 'mentees' } };
    expect(previewLines(preview, { ...words, custom: true }).summary).toMatch(/2 alumni’s tables change\./);
  });
});
