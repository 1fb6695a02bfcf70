import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../client/live/api';
import { RoleNamesCard } from '../../../client/screens/organizer/plan/role-names-card';
import type { OrganizerView } from '../../../shared/protocol/views';
import { fakeApi, viewFixture } from './fixtures';

afterEach(cleanup);

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save names and language' }));
const status = () => screen.getByTestId('role-names-status');

/** The card with a view the test can push, as the server does after a PATCH. */
function setup(view: OrganizerView = viewFixture()) {
  const http = fakeApi();
  const [shown, push] = createSignal(view);
  render(() => <RoleNamesCard view={shown()} http={http} />);
  return { http, push };
}

describe('RoleNamesCard (issue 17 labels, issue 19 locale)', () => {
  it('shows the defaults as placeholders, derives the plural while typing, and sends only the labels', async () => {
    const { http } = setup();
    expect(screen.getByLabelText('Mentor role')).toHaveAttribute('placeholder', 'Mentor');
    expect(screen.getByLabelText('Mentee role')).toHaveAttribute('placeholder', 'Mentee');
    type('Mentor role', 'Investor');
    type('Mentee role', 'Founder');
    expect(screen.getByLabelText('Mentor role, plural')).toHaveAttribute('placeholder', 'Investors');
    expect(screen.getByLabelText('Mentee role, plural')).toHaveAttribute('placeholder', 'Founders');
    save();
    await waitFor(() => expect(http.patchSettings).toHaveBeenCalledTimes(1));
    expect(http.patchSettings).toHaveBeenCalledWith({ labels: { mentor: 'Investor', mentee: 'Founder' } });
    await waitFor(() => expect(status()).toHaveTextContent('Saved: Investors and Founders.'));
  });

  it('sends a plural spelt out, and the language chosen (each named in itself)', async () => {
    const { http } = setup();
    const select = screen.getByLabelText('Event language') as HTMLSelectElement;
    expect(select.value).toBe('en');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'English',
      'Deutsch',
      'Français',
      'Español',
      'العربية',
      '简体中文',
    ]);
    type('Mentor role', 'Alumnus');
    fireEvent.click(screen.getByText('Plural forms'));
    type('Mentor role, plural', 'Alumni');
    fireEvent.change(select, { target: { value: 'de' } });
    save();
    await waitFor(() => expect(http.patchSettings).toHaveBeenCalledTimes(1));
    // An empty singular takes its default word: the schema needs both.
    expect(http.patchSettings).toHaveBeenCalledWith({
      labels: { mentor: 'Alumnus', mentee: 'Mentee', mentors: 'Alumni' },
      locale: 'de',
    });
  });

  it('refuses a name over 30 characters at its field and sends nothing', () => {
    const { http } = setup();
    type('Mentee role', 'F'.repeat(31));
    save();
    const field = screen.getByLabelText('Mentee role');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('must be at most 30 characters');
    expect(status()).toHaveTextContent('Please fix the marked fields.');
    expect(http.patchSettings).not.toHaveBeenCalled();
    // Fixing the field clears its error.
    type('Mentee role', 'Founder');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it("shows the server's 400 at the field its path names", async () => {
    const { http } = setup();
    http.patchSettings.mockRejectedValueOnce(
      new ApiError(400, 'bad_request', 'invalid settings', [
        { path: 'labels.mentor', message: 'must contain a visible character' },
      ]),
    );
    type('Mentor role', 'Investor');
    save();
    await waitFor(() =>
      expect(screen.getByLabelText('Mentor role')).toHaveAccessibleDescription('must contain a visible character'),
    );
    expect(screen.getByLabelText('Mentor role')).toHaveAttribute('aria-invalid', 'true');
    expect(status()).toHaveTextContent('Please fix the marked fields.');
  });

  it('fills in the stored words, follows the pushed view, and resets to the defaults with labels: null', async () => {
    const stored = viewFixture();
    stored.event = { ...stored.event, labels: { mentor: 'Investor', mentee: 'Founder' }, locale: 'fr' };
    const { http, push } = setup(stored);
    expect(screen.getByLabelText('Mentor role')).toHaveValue('Investor');
    expect((screen.getByLabelText('Event language') as HTMLSelectElement).value).toBe('fr');
    save();
    await waitFor(() => expect(status()).toHaveTextContent('Nothing to save: no change.'));
    expect(http.patchSettings).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Back to Mentor and Mentee' }));
    await waitFor(() => expect(http.patchSettings).toHaveBeenCalledWith({ labels: null }));
    await waitFor(() => expect(status()).toHaveTextContent('Back to Mentor and Mentee.'));
    // The server pushes the view without labels: the fields empty, the reset goes.
    push({ ...stored, event: { ...stored.event, labels: undefined } });
    expect(screen.getByLabelText('Mentor role')).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Back to Mentor and Mentee' })).toBeNull();
    // Back to English is no stored language at all.
    fireEvent.change(screen.getByLabelText('Event language'), { target: { value: 'en' } });
    save();
    await waitFor(() => expect(http.patchSettings).toHaveBeenLastCalledWith({ locale: null }));
  });

  it('stays editable after the end of the event', () => {
    const ended = viewFixture();
    const { serverNow, rounds, phaseCount, remainingMs } = ended.clock;
    const told = { serverNow, rounds, phaseCount, remainingMs, phase: null, phaseEndsAt: null };
    ended.clock = { status: 'finished', version: 9, endedAt: 5_000, startedAt: 0, ...told };
    setup(ended);
    expect(screen.getByLabelText('Mentor role')).toBeEnabled();
    expect(screen.getByLabelText('Event language')).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Save names and language' })).toBeEnabled();
  });

  it('has no role names in a peer event, only the language', async () => {
    const peers = viewFixture();
    peers.event = { ...peers.event, pairing: 'peer' };
    const { http } = setup(peers);
    expect(screen.queryByLabelText('Mentor role')).toBeNull();
    expect(screen.getByTestId('peer-role-names')).toHaveTextContent('Peer rounds have no mentors and mentees');
    fireEvent.change(screen.getByLabelText('Event language'), { target: { value: 'es' } });
    save();
    await waitFor(() => expect(http.patchSettings).toHaveBeenCalledWith({ locale: 'es' }));
  });
});
