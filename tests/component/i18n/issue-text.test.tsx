import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../../client/i18n/current-language';
import { issueText, reasonText } from '../../../client/i18n/issue-text';

// issueText / reasonText (issue 19): a server issue in the page's language from its code and
// params; the server's own English on an English page, for an unknown code, or without one.

afterEach(async () => {
  await chooseLanguage('en');
  localStorage.clear();
});

const TOO_LONG = { path: 'name', message: 'must be at most 120 characters', code: 'tooLong', params: { max: 120 } };

describe('issueText', () => {
  it('in English: the server’s message exactly, whatever its code', async () => {
    await chooseLanguage('en');
    expect(issueText(TOO_LONG)).toBe('must be at most 120 characters');
    const taken = '"ann" is already a mentor of this event, spelled "Ann"';
    expect(issueText({ path: 'name', message: taken, code: 'nameTaken', params: { holder: 'Ann' } })).toBe(taken);
  });

  it('in another language: the catalogue’s words with the params, numbers as the language writes them', async () => {
    await chooseLanguage('de');
    expect(issueText(TOO_LONG)).toBe('darf höchstens 120 Zeichen lang sein');
    expect(
      issueText({ path: 'x', message: 'and 2500 more problems', code: 'moreProblems', params: { count: 2500 } }),
    ).toBe('und 2.500 weitere Probleme');
    await chooseLanguage('fr');
    expect(issueText({ path: 'wishes', message: 'at most 3 wishes', code: 'tooMany', params: { max: 3 } })).toBe(
      'ne doit pas dépasser 3 entrées',
    );
  });

  it('falls back to the English message for an unknown code, none, `invalid`, or a missing param', async () => {
    await chooseLanguage('de');
    expect(issueText({ path: 'a', message: 'a newer problem', code: 'fromTheFuture' })).toBe('a newer problem');
    expect(issueText({ path: 'a', message: 'an older server' })).toBe('an older server');
    expect(issueText({ path: 'a', message: 'write the contact line to share', code: 'invalid' })).toBe(
      'write the contact line to share',
    );
    expect(issueText({ path: 'a', message: 'must be at most 9 characters', code: 'tooLong' })).toBe(
      'must be at most 9 characters',
    );
    // A key of Object.prototype is no code either.
    expect(issueText({ path: 'a', message: 'plain', code: 'toString' })).toBe('plain');
  });
});

describe('reasonText', () => {
  it('a refusal’s reason in the page’s language; a time in its format; no reason: the English', async () => {
    await chooseLanguage('es');
    expect(reasonText({ message: 'registration is closed', reason: 'signupClosed' })).toBe(
      'La inscripción está cerrada.',
    );
    const closesAt = Date.UTC(2030, 5, 1, 18, 30);
    const time = new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeStyle: 'short' }).format(closesAt);
    expect(reasonText({ message: 'registration closed at …', reason: 'signupClosesAt', params: { closesAt } })).toBe(
      `La inscripción se cerró el ${time}.`,
    );
    expect(reasonText({ message: 'the event has ended' })).toBe('the event has ended');
  });
});
