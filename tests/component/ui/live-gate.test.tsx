import { cleanup, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/protocol/views';
import type { ConnectionStatus } from '../../../client/live/live-connection';
import { PHONE_GATE_WORDS } from '../../../client/screens/person-gate-texts';
import { InvalidLink, LiveGate, type LiveGateTexts } from '../../../client/ui/live-gate';
import { menteeMe, projectorView } from '../support/fixtures';
import { pressReload } from '../support/reload';

const KEY = 'test.secret';
const TEXTS: LiveGateTexts = {
  connecting: 'Fetching the thing.',
  deleted: 'It is gone.',
  invalidAdvice: 'Ask for a new link.',
  wrongLink: { title: 'Not this kind of link', text: 'Try the other one.', testId: 'wrong-link' },
  words: PHONE_GATE_WORDS,
};

function setup(reclaim?: () => void) {
  const [status, setStatus] = createSignal<ConnectionStatus>('connecting');
  const [deleted, setDeleted] = createSignal(false);
  const [snapshot, setSnapshot] = createSignal<Snapshot | null>(null);
  const select = (s: Snapshot) => (s.role === 'mentee' ? s.me : null);
  render(() => (
    <LiveGate conn={{ status, deleted, snapshot, reclaim }} secretKey={KEY} select={select} texts={TEXTS}>
      {(me) => <p data-testid="page">Hello {me().person.name}</p>}
    </LiveGate>
  ));
  return { setStatus, setDeleted, setSnapshot };
}

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(KEY, 'secret-1');
});
afterEach(cleanup);

describe('LiveGate', () => {
  it('says it is connecting, then shows the page once the snapshot holds its view', () => {
    const { setStatus, setSnapshot } = setup();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Connecting…');
    expect(screen.getByTestId('connecting')).toHaveTextContent('Fetching the thing.');
    setStatus('online');
    setSnapshot({ role: 'mentee', me: menteeMe() });
    expect(screen.queryByTestId('connecting')).toBeNull();
    expect(screen.getByTestId('page')).toHaveTextContent('Hello Zoë');
    expect(localStorage.getItem(KEY)).toBe('secret-1');
  });

  it("keeps the page while offline, under the live region's “Reconnecting…”", () => {
    const { setStatus, setSnapshot } = setup();
    setSnapshot({ role: 'mentee', me: menteeMe() });
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
    setStatus('offline');
    expect(screen.getByTestId('offline-notice')).toHaveTextContent('Reconnecting…');
    expect(screen.getByTestId('page')).toBeInTheDocument();
  });

  it('a link closed for being open in too many places offers to use it here, and keeps the secret', () => {
    let reclaimed = 0;
    const { setStatus, setSnapshot } = setup(() => reclaimed++);
    setSnapshot({ role: 'mentee', me: menteeMe() });
    setStatus('replaced');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This link is open in too many places');
    expect(screen.queryByTestId('page')).toBeNull();
    screen.getByTestId('reclaim-link').click();
    expect(reclaimed).toBe(1);
    expect(localStorage.getItem(KEY)).toBe('secret-1');
  });

  it("says so for another role's link", () => {
    const { setSnapshot } = setup();
    setSnapshot({ role: 'projector', projector: projectorView() });
    const wrong = screen.getByTestId('wrong-link');
    expect(wrong).toHaveClass('status-error');
    expect(wrong).toHaveTextContent('Not this kind of link');
    expect(wrong).toHaveTextContent('Try the other one.');
    expect(screen.queryByTestId('page')).toBeNull();
    expect(localStorage.getItem(KEY)).toBe('secret-1');
  });

  it('a refused link: says it is not valid, with the advice, and forgets the secret', () => {
    const { setStatus } = setup();
    setStatus('refused');
    const invalid = screen.getByTestId('invalid-link');
    expect(invalid).toHaveClass('status-error');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This link is not valid');
    expect(invalid).toHaveTextContent('It may be incomplete or out of date. Ask for a new link.');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('a page older than the server: says it is out of date, offers a reload, and keeps the secret', () => {
    const { setStatus, setSnapshot } = setup();
    setStatus('online');
    setSnapshot({ role: 'mentee', me: menteeMe() });
    setStatus('outdated');
    const outdated = screen.getByTestId('outdated-client');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This page is out of date');
    expect(outdated).toHaveTextContent('Tablehop has been updated since this page was opened');
    expect(outdated).not.toHaveClass('status-error');
    expect(screen.queryByTestId('invalid-link')).toBeNull();
    expect(screen.queryByTestId('page')).toBeNull();
    // The link is still good: the reload needs it.
    expect(localStorage.getItem(KEY)).toBe('secret-1');
    pressReload();
  });

  it('a deleted event: says so over the page it showed, and forgets the secret', () => {
    const { setStatus, setDeleted, setSnapshot } = setup();
    setStatus('online');
    setSnapshot({ role: 'mentee', me: menteeMe() });
    setDeleted(true);
    expect(screen.getByTestId('event-deleted')).toHaveTextContent('This event was deleted');
    expect(screen.getByTestId('event-deleted')).toHaveTextContent('It is gone.');
    expect(screen.queryByTestId('page')).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});

describe('InvalidLink', () => {
  it('gives the reason when there is one, then the advice', () => {
    render(() => <InvalidLink reason="It has no code." advice="Ask for a new link." words={PHONE_GATE_WORDS} />);
    expect(screen.getByTestId('invalid-link').querySelector('p')).toHaveTextContent(
      /^It has no code\. Ask for a new link\.$/,
    );
  });
});
