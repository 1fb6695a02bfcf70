/**
 * The People tab's CSV import and self sign-up in another language (issue 19, the `consoleSignup`
 * namespace): the console itself stays English until every area is converted, but the import,
 * the sign-up card, its settings, link and list must already read from the catalogue, with the
 * event's role words, the plurals and the server's reasons filled in.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { showLanguage } from '../../../client/i18n/current-language';
import { ApiError } from '../../../client/live/api';
import { CsvImport } from '../../../client/screens/organizer/people/csv-import';
import { previewCsv } from '../../../client/screens/organizer/people/csv-preview';
import type { RegistrationApi } from '../../../client/screens/organizer/people/registration-api';
import { RegistrationsList } from '../../../client/screens/organizer/people/registrations-list';
import { localRoleWords } from '../../../client/i18n/role-words';
import { SignupCard, signupStatusWords } from '../../../client/screens/organizer/people/signup-card';
import { signupBody } from '../../../client/screens/organizer/people/signup-drafts';
import { createSignupState } from '../../../client/screens/organizer/people/signup-state';
import { counts, fakeSignupApi, openAnswer, reg } from './signup-fixtures';

afterEach(async () => {
  cleanup();
  await showLanguage('en');
});

const GOOD = 'role,name\nmentor,Grace Hopper\nmentee,Zoë\nmentee,Ana';
const BAD = 'role,name\ncaptain,Ada\nmentee,';
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

/** The sign-up card and the list of sign-ups on one state, as the People tab shows them. */
function renderSignup(api: RegistrationApi) {
  render(() => {
    const state = createSignupState(api, () => 0);
    return (
      <>
        <SignupCard state={state} />
        <RegistrationsList state={state} mentorName={(id) => (id === 'm1' ? 'Grace Hopper' : 'Li Lei')} />
      </>
    );
  });
}

describe('the CSV import', () => {
  it('keeps its English word for word (the console is English until every area is converted)', () => {
    render(() => <CsvImport importCsv={async () => ({})} />);
    expect(screen.getByText(/^One row per person/)).toHaveTextContent(
      'One row per person with a header row. Columns: role (mentor or mentee), name, and optionally table, ' +
        "topics, bio, meeting_url (mentors; a remote table's https:// call link), questions, wishes, avoid, " +
        'priority (mentees; a whole number, higher first), email and group (a company or team). Separate topics, ' +
        'wishes and avoid with ; and questions with |.',
    );
    expect(screen.getByText('meeting_url').tagName).toBe('CODE');
  });

  it('German: the help, the preview with its plurals, and what the import did', async () => {
    await showLanguage('de');
    render(() => <CsvImport importCsv={async () => ({})} />);
    expect(screen.getByRole('heading', { name: 'Aus einer Tabelle importieren (CSV)' })).toBeInTheDocument();
    expect(screen.getByText(/^Eine Zeile pro Person/)).toHaveTextContent('Fragen mit |.');
    expect(screen.getByText('priority').tagName).toBe('CODE');
    type(screen.getByLabelText('Oder die CSV hier einfügen'), GOOD);
    expect(screen.getByTestId('csv-preview')).toHaveTextContent('Bereit zum Import: 1 Mentor und 2 Mentees.');
    fireEvent.click(screen.getByRole('button', { name: 'Importieren' }));
    await waitFor(() =>
      expect(screen.getByTestId('csv-result')).toHaveTextContent('Importiert: 1 Mentor und 2 Mentees.'),
    );
  });

  it('German: counts the bad lines, and says the server refused the file', async () => {
    await showLanguage('de');
    const refuse = async () => {
      throw new ApiError(400, 'bad-request', 'the file is too big', []);
    };
    render(() => <CsvImport importCsv={refuse} />);
    const paste = screen.getByLabelText('Oder die CSV hier einfügen');
    type(paste, BAD);
    expect(screen.getByTestId('csv-preview')).toHaveTextContent(
      '2 Probleme gefunden. Nichts wird gespeichert, bis die Datei korrigiert ist.',
    );
    type(paste, GOOD);
    fireEvent.click(screen.getByRole('button', { name: 'Importieren' }));
    await waitFor(() =>
      expect(screen.getByTestId('csv-result')).toHaveTextContent(
        'Der Server hat die Datei abgelehnt: the file is too big. Nichts wurde gespeichert.',
      ),
    );
  });

  it('Arabic: the plural forms of the language', async () => {
    await showLanguage('ar');
    const one = previewCsv('role,name\ncaptain,Ada');
    expect(one).toMatchObject({ summary: expect.stringMatching(/^وُجدت مشكلة واحدة/) });
    expect(previewCsv(BAD)).toMatchObject({ summary: expect.stringMatching(/^وُجدت مشكلتان/) });
  });
});

/** Sign-up open, but no place left for mentees (the server's reason in English). */
const MENTEES_FULL = {
  open: true as const,
  reason: null,
  message: null,
  closesAt: null,
  roles: {
    mentee: { open: false as const, reason: 'full' as const, message: 'no place left' },
    mentor: { open: true as const },
  },
};

describe('self sign-up', () => {
  it('German: the status, the counts, the settings and their checks', async () => {
    await showLanguage('de');
    const { api } = fakeSignupApi(
      openAnswer(
        { approval: 'manual', maxMentees: 20 },
        {
          status: MENTEES_FULL,
          counts: { mentee: counts({ placesTaken: 4, max: 20 }), mentor: counts({ placesTaken: 2 }) },
        },
      ),
    );
    renderSignup(api);
    const status = await screen.findByTestId('signup-status');
    expect(status).toHaveTextContent(
      // The full role by its reason, in German words (the server's are English).
      'Die Anmeldung ist offen. Sie geben jede Anmeldung selbst frei. ' +
        'Die Anmeldung ist voll: Für Mentees ist kein Platz mehr frei.',
    );
    expect(screen.getByRole('heading', { name: 'Selbst anmelden' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Belegte Plätze' })).toBeInTheDocument();
    expect(screen.getByTestId('signup-counts-mentee')).toHaveTextContent('4 von 20');
    expect(screen.getByTestId('signup-counts-mentor')).toHaveTextContent('2 (ohne Grenze)');
    expect(screen.getByLabelText('Von Hand: Ich gebe jede Anmeldung frei')).toBeChecked();
    expect(screen.getByLabelText('Plätze für Mentees')).toHaveValue('20');
    expect(screen.getByRole('img', { name: 'QR-Code des Anmeldelinks' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Den Anmeldelink kopieren' })).toBeInTheDocument();
    type(screen.getByLabelText('Plätze für Mentoren'), 'zehn');
    fireEvent.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Prüfen Sie die unten markierten Felder.');
    expect(screen.getByLabelText('Plätze für Mentoren')).toHaveAccessibleDescription(/ganze Zahl von 0 bis 5000/);
    expect(
      signupBody({
        approval: 'auto',
        date: '',
        time: '',
        maxMentees: '',
        maxMentors: '',
        consentText: 'x'.repeat(2001),
      }),
    ).toMatchObject({ errors: { consentText: 'Höchstens 2000 Zeichen (jetzt 2001).' } });
  });

  it('German: the event’s own role words keep their capitals in the status, as on the sign-up page', async () => {
    await showLanguage('de');
    const answer = openAnswer({ approval: 'auto' }, { status: MENTEES_FULL });
    const words = localRoleWords({ mentor: 'Investor', mentee: 'Gründerin', mentees: 'Gründerinnen' });
    expect(signupStatusWords(answer, words)).toBe(
      'Die Anmeldung ist offen. Jede Anmeldung kommt sofort in die Veranstaltung. ' +
        'Die Anmeldung ist voll: Für Gründerinnen ist kein Platz mehr frei.',
    );
  });

  it('German: asks before making a new code, and says what it did', async () => {
    await showLanguage('de');
    const { api } = fakeSignupApi(openAnswer());
    renderSignup(api);
    await screen.findByTestId('signup-status');
    fireEvent.click(screen.getByRole('button', { name: 'Neuen Code erstellen' }));
    const dialog = screen.getByRole('dialog', { name: 'Einen neuen Anmeldecode erstellen?' });
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Neuen Code erstellen' }));
    await waitFor(() =>
      expect(screen.getByTestId('signup-link')).toHaveTextContent(
        'Der alte Link und seine Plakate funktionieren nicht mehr',
      ),
    );
  });

  it('German: the sign-ups to decide, their decisions and what a decision did', async () => {
    await showLanguage('de');
    const bo = reg({ id: 'r2', role: 'mentor', name: 'Bo', email: undefined, questions: [], wishes: [], topics: [] });
    const { api } = fakeSignupApi(openAnswer({}, { pending: [reg(), bo] }));
    renderSignup(api);
    expect(await screen.findByRole('heading', { name: 'Warten auf Sie (2)' })).toBeInTheDocument();
    const items = screen.getAllByTestId('registration-item');
    expect(items[0]).toHaveTextContent('2 Fragen · Wünsche: Grace Hopper, Li Lei · angemeldet');
    // When, the German way: day.month.year and a 24-hour time.
    expect(items[0]).toHaveTextContent(/angemeldet \S* ?\d{2}\.\d{2}\.2030, \d{2}:\d{2}/);
    expect(items[1]).toHaveTextContent('keine E-Mail');
    expect(items[1]).toHaveTextContent('Themen: keine');
    fireEvent.click(screen.getByRole('button', { name: 'Ada ablehnen' }));
    const form = screen.getByRole('form', { name: 'Ada ablehnen' });
    expect(within(form).getByLabelText('Grund (optional)')).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Ablehnen' }));
    await waitFor(() =>
      expect(screen.getByTestId('registrations-done')).toHaveTextContent('Die Anmeldung von Ada ist abgelehnt.'),
    );
    api.decide.mockRejectedValueOnce(new ApiError(409, 'conflict', 'already decided', []));
    fireEvent.click(screen.getByRole('button', { name: 'Bo auf die Warteliste setzen' }));
    await waitFor(() =>
      expect(screen.getByTestId('registrations-error')).toHaveTextContent(
        'Bo ließ sich nicht auf die Warteliste setzen: already decided',
      ),
    );
  });

  it('Chinese: the status and the list', async () => {
    await showLanguage('zh-Hans');
    const { api } = fakeSignupApi(
      openAnswer({}, { waitListed: [reg({ status: 'wait-listed', questions: ['One?'] })] }),
    );
    renderSignup(api);
    expect(await screen.findByTestId('signup-status')).toHaveTextContent('报名已开放。 每个报名都会立即加入活动。');
    expect(await screen.findByRole('heading', { name: '候补（1）' })).toBeInTheDocument();
    expect(screen.getByTestId('registration-item')).toHaveTextContent('1 个问题');
    expect(screen.getByRole('button', { name: '批准 Ada' })).toBeInTheDocument();
  });
});
