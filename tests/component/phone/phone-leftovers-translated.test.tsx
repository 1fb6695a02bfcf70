/**
 * The last English of the phones (issue 19), in another language: the live gate's pages (an
 * outdated page, a link closed as the oldest, connecting, deleted, a bad link, "Reconnecting…"),
 * "Your meetings" after the end, and the failures the phone says itself.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '../../../shared/protocol/views';
import { showLanguage } from '../../../client/i18n/current-language';
import type { Language } from '../../../client/i18n/languages';
import { ApiError } from '../../../client/live/api';
import { checkInWith } from '../../../client/live/check-in';
import { tellHere } from '../../../client/live/here-after-all';
import type { ConnectionStatus, LiveConnection } from '../../../client/live/live-connection';
import type { MeetingsFeed } from '../../../client/live/meetings-feed';
import { createWakeLock } from '../../../client/live/wake-lock';
import { PERSON_GATE_TEXTS } from '../../../client/screens/person-gate-texts';
import { MeetingsScreen } from '../../../client/screens/meetings/meetings-screen';
import { PHONE_GATE_WORDS } from '../../../client/screens/person-gate-texts';
import { InvalidLink, LiveGate } from '../../../client/ui/live-gate';
import { menteeAnswer, mentorAnswer } from '../meetings/fixtures';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await showLanguage('en');
});

function gate(status: ConnectionStatus, deleted = false) {
  const [s] = createSignal(status);
  const [snapshot] = createSignal<Snapshot | null>(null);
  const reclaim = vi.fn();
  render(() => (
    <LiveGate
      conn={{ status: s, deleted: () => deleted, snapshot, reclaim }}
      secretKey="test.person"
      select={(x) => (x.role === 'mentee' ? x.me : null)}
      texts={PERSON_GATE_TEXTS}
    >
      {() => <p>page</p>}
    </LiveGate>
  ));
  return reclaim;
}

const h1 = () => screen.getByRole('heading', { level: 1 });

describe('the live gate on the phone, in the page language', () => {
  it('German: an outdated page offers a reload, a closed link offers to use it here', async () => {
    await showLanguage('de');
    gate('outdated');
    expect(h1()).toHaveTextContent('Diese Seite ist veraltet');
    expect(screen.getByTestId('outdated-client')).toHaveTextContent('Tablehop wurde aktualisiert');
    expect(screen.getByTestId('reload-page')).toHaveTextContent('Seite neu laden');
    cleanup();
    const reclaim = gate('replaced');
    expect(h1()).toHaveTextContent('Dieser Link ist an zu vielen Stellen geöffnet');
    fireEvent.click(screen.getByTestId('reclaim-link'));
    expect(screen.getByTestId('reclaim-link')).toHaveTextContent('Hier nutzen');
    expect(reclaim).toHaveBeenCalledOnce();
  });

  it('French: connecting, deleted, a refused link, and the reconnecting notice', async () => {
    await showLanguage('fr');
    gate('connecting');
    expect(h1()).toHaveTextContent('Connexion…');
    expect(screen.getByTestId('connecting')).toHaveTextContent('Chargement de votre programme.');
    cleanup();
    gate('online', true);
    expect(h1()).toHaveTextContent('Cet événement a été supprimé');
    cleanup();
    gate('refused');
    expect(h1()).toHaveTextContent('Ce lien n’est pas valide');
    expect(screen.getByTestId('invalid-link')).toHaveTextContent('Il est peut-être incomplet ou périmé.');
    cleanup();
    gate('offline');
    expect(screen.getByTestId('offline-notice')).toHaveTextContent('Reconnexion…');
  });

  it('Arabic: a bad link, with the phone advice', async () => {
    await showLanguage('ar');
    render(() => <InvalidLink advice={PERSON_GATE_TEXTS.invalidAdvice} words={PERSON_GATE_TEXTS.words} />);
    expect(h1()).toHaveTextContent('هذا الرابط غير صالح');
    expect(screen.getByTestId('invalid-link')).toHaveTextContent(
      'ربما يكون ناقصًا أو قديمًا. افتح الرابط الشخصي من دعوتك مرة أخرى، أو اطلبه من المنظّم.',
    );
  });

  it('the English words, from the catalogue in English', () => {
    render(() => <InvalidLink advice="Ask again." words={PHONE_GATE_WORDS} />);
    expect(h1()).toHaveTextContent('This link is not valid');
    expect(screen.getByTestId('invalid-link')).toHaveTextContent('It may be incomplete or out of date. Ask again.');
  });
});

function feed(over: Partial<MeetingsFeed>): MeetingsFeed {
  return { answer: () => null, error: () => null, reload: async () => {}, ...over };
}

function meetings(f: MeetingsFeed, viewer: 'mentee' | 'mentor' = 'mentee', download = async () => {}) {
  render(() => <MeetingsScreen feed={f} download={download} eventName="Spring Night" viewer={viewer} />);
}

describe('your meetings after the end, in the page language', () => {
  it('Spanish: the list by round with time, table, my rating, note and follow-up', async () => {
    await showLanguage('es');
    meetings(feed({ answer: () => menteeAnswer() }));
    expect(h1()).toHaveTextContent('Tus reuniones');
    expect(screen.getByTestId('meetings-screen')).toHaveTextContent('El evento ha terminado');
    const first = screen.getByTestId('meeting-round-1');
    expect(within(first).getByRole('heading', { level: 2 })).toHaveTextContent(/^Ronda 1 · .+ · Mesa T1$/);
    expect(screen.getByTestId('meeting-round-2').querySelector('h2')).toHaveTextContent('hora desconocida');
    const grace = within(screen.getByTestId('met-1-m1'));
    expect(grace.getByTestId('met-rating')).toHaveTextContent('5 de 5');
    expect(grace.getByTestId('met-follow-up')).toHaveTextContent('Dijiste que sí');
    expect(grace.getByText('Su contacto:', { exact: false })).toHaveTextContent('Su contacto: grace@example.org');
    const li = within(screen.getByTestId('met-1-e2'));
    expect(li.getByTestId('met-rating')).toHaveTextContent('Sin valorar');
    expect(li.getByTestId('met-note')).toHaveTextContent('Sin nota');
    expect(li.getByTestId('met-follow-up')).toHaveTextContent('No lo pediste');
    expect(screen.getByRole('button', { name: 'Calendario (.ics)' })).toBeInTheDocument();
  });

  it('Chinese: a mentor sees the questions of the mentees met, or that none were prepared', async () => {
    await showLanguage('zh-Hans');
    meetings(feed({ answer: () => mentorAnswer() }), 'mentor');
    expect(h1()).toHaveTextContent('你的会面');
    expect(screen.getByTestId('met-1-e1')).toHaveTextContent('对方的问题');
    expect(screen.getByTestId('met-1-e2')).toHaveTextContent('对方没有准备问题。');
  });

  it('German: loading, then a failed load with the phone’s own words for no connection', async () => {
    await showLanguage('de');
    const [error, setError] = createSignal<string | null>(null);
    meetings(feed({ error }));
    expect(screen.getByTestId('meetings-screen')).toHaveTextContent('Ihre Gespräche werden geladen…');
    setError('Keine Verbindung');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Ihre Gespräche konnten nicht geladen werden: Keine Verbindung',
    );
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });

  it('French: a failed download says why in French, also for a network failure', async () => {
    await showLanguage('fr');
    const download = vi.fn(async () => {
      throw new ApiError(0, 'network', 'No connection to the server. Check the Wi-Fi and try again.');
    });
    meetings(feed({ answer: () => menteeAnswer() }), 'mentee', download);
    expect(screen.getByRole('heading', { name: 'À emporter' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Tableur (.csv)' }));
    await waitFor(() =>
      expect(screen.getByTestId('meeting-downloads-status')).toHaveTextContent(
        'Téléchargement impossible : Pas de connexion au serveur. Vérifiez le Wi-Fi et réessayez.',
      ),
    );
  });
});

describe('the failures the phone says itself, in the page language', () => {
  const conn = (answer: Awaited<ReturnType<LiveConnection['request']>>) =>
    ({ socket: { emit: () => {} }, request: async () => answer }) as unknown as Pick<
      LiveConnection,
      'request' | 'socket'
    >;

  it.each([
    ['de', 'Der Server hat eine Antwort geschickt, die diese Seite nicht versteht. Laden Sie die Seite neu.'],
    ['ar', 'أرسل الخادم ردًا لا تفهمه هذه الصفحة. أعد تحميل الصفحة.'],
  ] as [Language, string][])('%s: “I’m here after all” gets an answer the page cannot read', async (lang, text) => {
    await showLanguage(lang);
    expect(await tellHere(conn({ ok: true, data: { nonsense: true } }))).toEqual({ ok: false, message: text });
  });

  it('Spanish: a refusal keeps its reason and says what to do instead', async () => {
    await showLanguage('es');
    const refused = await tellHere(conn({ ok: false, error: { code: 'internal', message: 'X.' } }));
    expect(refused).toEqual({ ok: false, message: 'X. Inténtalo de nuevo o habla con la organización en la entrada.' });
  });

  it('German: a phone that refuses to keep the screen on', async () => {
    await showLanguage('de');
    await createRoot(async (dispose) => {
      const wake = createWakeLock({ request: () => Promise.reject(new Error('NotAllowedError')) });
      await wake.setWanted(true);
      expect(wake.error()).toBe('Dieses Handy erlaubt nicht, den Bildschirm anzulassen (Energiesparmodus?).');
      dispose();
    });
  });

  it('Chinese: checking in with no network', async () => {
    await showLanguage('zh-Hans');
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await checkInWith('token')).toEqual({ ok: false, message: '无法连接服务器。请检查 Wi-Fi 后重试。' });
  });
});
