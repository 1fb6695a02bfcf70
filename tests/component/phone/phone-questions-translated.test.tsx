/**
 * The last English of the phones (issue 19), part two: why the mentee's questions were not
 * saved (the check before sending, and the server's field issues), and the two failures of a
 * live request before any server answered, each in at least two languages other than English.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ack } from '../../../shared/schemas/errors';
import { showLanguage } from '../../../client/i18n/current-language';
import { tellHere } from '../../../client/live/here-after-all';
import type { LiveConnection } from '../../../client/live/live-connection';
import { QuestionsEditor } from '../../../client/screens/mentee/questions-editor';
import { expectNoUntranslatedText, usePseudoLocale } from '../../support/pseudo-locale';
import { FakeSocket, type Handler } from '../support/fake-socket';

let fake: FakeSocket;
vi.mock('../../../client/live/socket', () => ({ openSocket: () => fake }));
const { createLiveConnection } = await import('../../../client/live/live-connection');

let dispose = () => {};
function connect(): LiveConnection {
  return createRoot((d) => {
    dispose = d;
    return createLiveConnection('secret-token');
  });
}

beforeEach(() => {
  fake = new FakeSocket();
});
afterEach(async () => {
  cleanup();
  dispose();
  await showLanguage('en');
});

type Save = (questions: string[]) => Promise<Ack<{ questions: string[] }>>;

/** The editor with `saved` in its boxes; Save sends whatever the boxes hold. */
function editor(saved: string[], save: Save = vi.fn<Save>()) {
  render(() => <QuestionsEditor saved={saved} save={save} />);
  fireEvent.submit(screen.getByTestId('questions-form'));
  return save;
}

const state = () => screen.getByTestId('save-state');

describe('the question check before sending, in the page language', () => {
  it('German, then Chinese from the menu: a question too long, said again in the new language', async () => {
    await showLanguage('de');
    const save = editor(['ok', 'x'.repeat(501)]);
    expect(state()).toHaveTextContent('Nicht gespeichert — bitte korrigieren:');
    expect(state()).toHaveTextContent('Frage 2: höchstens 500 Zeichen');
    expect(save).not.toHaveBeenCalled();
    await showLanguage('zh-Hans');
    expect(state()).toHaveTextContent('未保存 — 请修正：');
    expect(state()).toHaveTextContent('问题 2：最多 500 个字符');
    expect(state()).not.toHaveTextContent('Frage');
  });

  it('Arabic: a bidi override, and a question far too long to be checked further', async () => {
    await showLanguage('ar');
    editor(['fine', 'a\u202Eb', 'x'.repeat(2100)]);
    expect(state()).toHaveTextContent('السؤال 2: فيه رموز غير مسموح بها');
    expect(state()).toHaveTextContent('السؤال 3: 500 حرف على الأكثر');
  });

  it('Spanish: a question of invisible characters only, and too many questions', async () => {
    await showLanguage('es');
    editor(['\u200B']);
    expect(state()).toHaveTextContent('Pregunta 1: tiene caracteres que no se pueden guardar');
    cleanup();
    editor(Array.from({ length: 31 }, (_, i) => `q${i}`));
    expect(state()).toHaveTextContent('como máximo 30 preguntas');
  });

  it('French: the server’s field issues of a refused save, by question number', async () => {
    await showLanguage('fr');
    const issue = {
      path: 'questions.0',
      message: 'must be at most 500 characters',
      code: 'tooLong',
      params: { max: 500 },
    };
    const message = 'questions.0: must be at most 500 characters';
    editor(['ok'], async () => ({ ok: false, error: { code: 'bad_request', message, issues: [issue] } }));
    await waitFor(() => expect(state()).toHaveTextContent('Question 1 : 500 caractères au plus'));
    expect(state()).toHaveTextContent('Non enregistré — à corriger :');
    expect(state()).not.toHaveTextContent('questions.0');
  });
});

describe('a live request that no server answered, in the page language', () => {
  it('Arabic and German: “I’m here after all” with no connection', async () => {
    const conn = connect();
    await showLanguage('ar');
    expect(await tellHere(conn)).toEqual({
      ok: false,
      message: 'لا اتصال بالخادم. حاول مرة أخرى، أو راجع المنظّم عند الباب.',
    });
    await showLanguage('de');
    expect(await tellHere(conn)).toEqual({
      ok: false,
      message:
        'Keine Verbindung zum Server. Versuchen Sie es erneut oder wenden Sie sich am Eingang an die Organisation.',
    });
    // Sent nothing: socket.io would have buffered it and sent it later.
    expect(fake.sent.filter((s) => s.event === 'attendance:here')).toEqual([]);
  });

  it('French and Chinese: a save nobody answered', async () => {
    const conn = connect();
    fake.open();
    const unanswered = await conn.request<{ questions: string[] }>(
      (ack) => fake.emit('questions:update', {}, ack as Handler),
      5,
    );
    expect(unanswered).toMatchObject({ ok: false, error: { code: 'internal', reason: 'noAnswer' } });
    await showLanguage('fr');
    editor(['Changed'], async () => unanswered);
    await waitFor(() =>
      expect(state()).toHaveTextContent('Non enregistré : Pas de réponse du serveur. Votre texte est gardé ici'),
    );
    await showLanguage('zh-Hans');
    expect(state()).toHaveTextContent('未保存：服务器没有响应。 你的文字保留在此；请重试。');
  });

  it('English keeps the words it always had', async () => {
    const conn = connect();
    const r = await conn.request<unknown>((ack) => fake.emit('attendance:here', {}, ack as Handler));
    expect(r).toEqual({
      ok: false,
      error: { code: 'internal', message: 'No connection to the server.', reason: 'noConnection' },
    });
    expect(await tellHere(conn)).toEqual({
      ok: false,
      message: 'No connection to the server. Try again, or see the organizer at the door.',
    });
  });
});

describe('the question problems and the transport failures in the pseudo-locale', () => {
  let undo = () => {};
  beforeEach(() => {
    undo = usePseudoLocale();
  });
  afterEach(() => undo());

  it.each([
    ['too long', ['x'.repeat(501)]],
    ['invisible', ['\u200B']],
    ['a control character', ['a\u0007b']],
    ['too many', Array.from({ length: 31 }, (_, i) => `${i}`)],
  ])('%s', (_, saved) => {
    editor(saved);
    expect(state().querySelector('li')).not.toBeNull();
    expectNoUntranslatedText(document.body, saved);
  });

  it.each(['noConnection', 'noAnswer'] as const)('a save refused for %s', async (reason) => {
    const conn = connect();
    if (reason === 'noAnswer') fake.open();
    const r = await conn.request<{ questions: string[] }>(
      (ack) => fake.emit('questions:update', {}, ack as Handler),
      5,
    );
    expect(r).toMatchObject({ ok: false, error: { reason } });
    editor(['1'], async () => r);
    await waitFor(() => expect(state().textContent).not.toBe(''));
    expectNoUntranslatedText(document.body, ['1']);
  });
});
