/**
 * The server's refusals on a phone, in the page's language (issue 19): by their `reason` from
 * the phone's refusal words, a chunk fetched on first need. A rendered refusal (a feedback card)
 * shows the server's English at once and its own language when the words arrive; a sentence
 * written once (check-in, "here after all") waits for them. An unknown reason, a missing param
 * or an English page keep the server's English.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { createMemo, createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../../../client/i18n/current-language';
import { checkInWith } from '../../../client/live/check-in';
import { tellHere } from '../../../client/live/here-after-all';
import type { LiveConnection } from '../../../client/live/live-connection';
import { phoneRefusalText, refusalWordsReady, type Refusal } from '../../../client/live/phone-refusal-text';
import { CheckInCard } from '../../../client/ui/check-in-card';
import { renderPhone } from '../feedback/render-feedback';
import { settleMicrotasks } from '../support/feedback-fixtures';
import { runningClock } from '../support/fixtures';

beforeEach(() => localStorage.clear());
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await showLanguage('en');
});

const CLOSED: Refusal = { message: 'feedback for this event has closed', reason: 'feedbackClosed' };

/** Rate Grace Hopper 4 of 5 and have the server refuse it with `refusal`. */
async function refusedRating(refusal: Refusal) {
  const { senders } = renderPhone('mentee', runningClock(0, 60_000), { auto: false });
  const grace = within(screen.getByTestId('feedback-1-m1'));
  fireEvent.click(within(grace.getAllByRole('group')[0]!).getAllByRole('button')[3]!);
  await settleMicrotasks();
  senders.calls[0]!.resolve({ status: 'refused', ...refusal });
  await settleMicrotasks();
  return grace.getByTestId('feedback-state');
}

/** POST /api/me/check-in answered with this refusal. */
function refuseCheckIn(status: number, error: Record<string, unknown>) {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error }), { status }));
}

describe('a refused feedback on a German and an Arabic phone', () => {
  // First in this file: the words are not fetched yet, as on a phone that never showed a refusal.
  it('German: the English at once, then the German words when they arrive', async () => {
    await showLanguage('de');
    const state = await refusedRating(CLOSED);
    expect(state).toHaveTextContent('Nicht gespeichert: feedback for this event has closed');
    await waitFor(() =>
      expect(state).toHaveTextContent('Nicht gespeichert: Das Feedback für diese Veranstaltung ist geschlossen.'),
    );
  });

  it('Arabic: a refusal with params says the name and the round', async () => {
    await showLanguage('ar');
    const state = await refusedRating({
      message: 'you did not sit with Ada Lovelace in round 1',
      reason: 'notMetWith',
      params: { name: 'Ada Lovelace', round: 1 },
    });
    await waitFor(() => expect(state).toHaveTextContent('لم يُحفظ: لم تجلس مع Ada Lovelace في الجولة 1.'));
  });
});

describe('a refused check-in on an Arabic and a German phone', () => {
  it('Arabic: "I’m here" after the start says why in Arabic, never in English first', async () => {
    await showLanguage('ar');
    refuseCheckIn(409, {
      code: 'conflict',
      message: 'the event has started: check in with the organizer at the door',
      reason: 'checkInStarted',
    });
    render(() => <CheckInCard attendance="expected" status="idle" checkIn={() => checkInWith('token')} />);
    fireEvent.click(screen.getByRole('button', { name: 'أنا هنا — سجّل حضوري' }));
    await waitFor(() => expect(screen.getByRole('status')).not.toHaveTextContent(/^$/));
    expect(screen.getByRole('status')).toHaveTextContent('بدأت الفعالية: سجّل حضورك لدى المنظّم عند الباب.');
  });

  it('German: "I’m here after all" after the end, with what to do instead', async () => {
    await showLanguage('de');
    const conn = {
      socket: { emit: () => {} },
      request: async () => ({
        ok: false,
        error: { code: 'conflict', message: 'the event has ended; check-in is closed', reason: 'checkInEnded' },
      }),
    } as unknown as Pick<LiveConnection, 'request' | 'socket'>;
    expect(await tellHere(conn)).toEqual({
      ok: false,
      message:
        'Die Veranstaltung ist beendet; das Einchecken ist geschlossen. ' +
        'Versuchen Sie es erneut oder wenden Sie sich am Eingang an die Organisation.',
    });
  });
});

describe("the server's English stands in", () => {
  const said = async (r: Refusal) => {
    await refusalWordsReady(r);
    return createRoot((dispose) => {
      const text = createMemo(() => phoneRefusalText(r));
      const out = text();
      dispose();
      return out;
    });
  };

  it('for a reason the phone does not know, and for a missing param', async () => {
    await showLanguage('de');
    expect(await said({ message: 'registration is closed', reason: 'signupClosed' })).toBe('registration is closed');
    expect(await said({ message: 'round 2 has not begun yet', reason: 'roundNotBegun' })).toBe(
      'round 2 has not begun yet',
    );
    expect(await said({ message: 'x', reason: 'roundNotBegun', params: { round: 2 } })).toBe(
      'Runde 2 hat noch nicht begonnen.',
    );
  });

  it('on an English page, and for a refusal without a reason (an older server)', async () => {
    expect(await said(CLOSED)).toBe('feedback for this event has closed');
    await showLanguage('de');
    expect(await said({ message: 'feedback for this event has closed' })).toBe('feedback for this event has closed');
  });

  it('a check-in refused in English stays the English when the page is English', async () => {
    refuseCheckIn(409, {
      code: 'conflict',
      message: 'the event has ended; check-in is closed',
      reason: 'checkInEnded',
    });
    expect(await checkInWith('token')).toEqual({ ok: false, message: 'the event has ended; check-in is closed' });
  });
});
