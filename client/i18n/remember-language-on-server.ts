import { createEffect, on } from 'solid-js';
import { localeAnswerSchema } from '../../shared/protocol/answers';
import { api } from '../live/api';
import { language } from './current-language';
import { readLanguageChoice } from './language-choice';
import type { Language } from './languages';

/**
 * A person's phone tells the server the language picked from its menu (issue 19), so their
 * e-mails are written in it too: PUT /api/me/locale with their token. Only a choice made on
 * this device is sent (a language that came from the browser or the event is no choice), and
 * each one once per page; the server stores the same language again as a no-op. Offline, the
 * next change or the next page load sends it: a mail in the old language is no harm.
 */
export function rememberLanguageOnServer(token: string, send: (lang: Language) => Promise<unknown> = put(token)) {
  let sent: Language | null = null;
  createEffect(
    on(language, (lang) => {
      if (readLanguageChoice() !== lang || sent === lang) return;
      sent = lang;
      send(lang).catch(() => {
        if (sent === lang) sent = null;
      });
    }),
  );
}

const put = (token: string) => (locale: Language) =>
  api('/api/me/locale', localeAnswerSchema, { method: 'PUT', body: { locale }, secret: token });
