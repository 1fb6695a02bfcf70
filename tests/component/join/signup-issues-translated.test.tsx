import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseLanguage } from '../../../client/i18n/current-language';
import { LANGUAGE_CHOICE_KEY } from '../../../client/i18n/language-choice';
import SignupPage from '../../../client/screens/join/signup-page';
import { fakeServer, signupInfo, type Reply } from './fixtures';

// Issue 19: the server's problems carry a stable code and params beside their English message;
// a German page says them in German, and keeps the English of a code it does not know.

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(LANGUAGE_CHOICE_KEY, 'de');
  window.location.hash = '#code=poster-code-1';
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await chooseLanguage('en');
  localStorage.clear();
});

async function signUpAnswered(reply: Reply) {
  fakeServer((method) => (method === 'GET' ? { status: 200, body: signupInfo() } : reply));
  render(() => <SignupPage eventId="ev1" />);
  fireEvent.input(await screen.findByLabelText('Ihr Name'), { target: { value: 'Mia Lopez' } });
  fireEvent.click(screen.getByLabelText('Ich bin einverstanden'));
  fireEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
  return screen.findByRole('alert');
}

describe('the sign-up page in German says the server’s refusals in German', () => {
  it('a 400: each issue at its field from its code, an unknown code in the English it came with', async () => {
    const alert = await signUpAnswered({
      status: 400,
      body: {
        error: {
          code: 'bad_request',
          message: 'please check the form',
          issues: [
            {
              path: 'name',
              message: '"mia lopez" is already a mentee of this event, spelled "Mia Lopez"',
              code: 'nameTaken',
              params: { name: 'mia lopez', role: 'mentee', holder: 'Mia Lopez' },
            },
            { path: 'consent', message: 'consent is needed to sign up', code: 'mustAccept' },
            // A code of a newer server: its English message stands.
            { path: 'role', message: 'mentors sign up on another page', code: 'signUpElsewhere' },
          ],
        },
      },
    });
    expect(alert).toHaveTextContent('Anmelden nicht möglich: Bitte prüfen Sie die unten markierten Angaben.');
    expect(alert).toHaveTextContent('role: mentors sign up on another page');
    expect(screen.getByLabelText('Ihr Name')).toHaveAccessibleDescription(
      'dieser Name ist in dieser Veranstaltung schon vergeben („Mia Lopez“)',
    );
    expect(screen.getByLabelText('Ich bin einverstanden')).toHaveAccessibleDescription(
      /muss bestätigt werden, um fortzufahren/,
    );
    expect(document.body).not.toHaveTextContent('is already a mentee');
  });

  it('a name too long: the limit as the server sent it, in German', async () => {
    await signUpAnswered({
      status: 400,
      body: {
        error: {
          code: 'bad_request',
          message: 'name: must be at most 120 characters',
          issues: [{ path: 'name', message: 'must be at most 120 characters', code: 'tooLong', params: { max: 120 } }],
        },
      },
    });
    expect(screen.getByLabelText('Ihr Name')).toHaveAccessibleDescription('darf höchstens 120 Zeichen lang sein');
  });

  it('a 409 with its reason: the refusal in German at the top', async () => {
    const alert = await signUpAnswered({
      status: 409,
      body: {
        error: {
          code: 'conflict',
          message: 'registration is full: there is no more room for mentees',
          reason: 'signupFull',
          params: { role: 'mentee' },
        },
      },
    });
    expect(alert).toHaveTextContent('Anmelden nicht möglich: Die Anmeldung ist voll: Es ist kein Platz mehr frei.');
    expect(alert).not.toHaveTextContent('no more room');
  });

  it('a 409 from an older server (no reason): its English words', async () => {
    const alert = await signUpAnswered({
      status: 409,
      body: { error: { code: 'conflict', message: 'registration is closed' } },
    });
    expect(alert).toHaveTextContent('Anmelden nicht möglich: Registration is closed.');
  });
});
