import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../client/live/api';
import { PeoplePanel } from '../../../client/screens/organizer/people/people-panel';
import { registrationApi } from '../../../client/screens/organizer/people/registration-api';
import { fakeApi, viewFixture } from './fixtures';
import {
  answer,
  closedStatus,
  counts,
  fakeSignupApi,
  openAnswer,
  QR_SVG,
  reg,
  renderPanel,
  shown,
} from './signup-fixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The card once its first read has answered. */
async function card() {
  const c = await screen.findByTestId('signup-card');
  await within(c).findByTestId('signup-status');
  return c;
}

const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

describe('the self sign-up card', () => {
  it('opens sign-up with exactly the settings typed, then shows the link and re-reads', async () => {
    const { api, serve } = fakeSignupApi(answer());
    renderPanel(api);
    const c = await card();
    expect(within(c).getByTestId('signup-status')).toHaveTextContent('Sign-up is not open yet.');
    expect(within(c).queryByTestId('signup-link')).toBeNull();
    fireEvent.click(within(c).getByLabelText('Manual: I approve each sign-up'));
    type(within(c).getByLabelText('Closing day'), '2031-06-01');
    type(within(c).getByLabelText('Closing time'), '18:30');
    type(within(c).getByLabelText('Places for mentees'), '20');
    type(within(c).getByLabelText(/^How you use the data/), 'We keep your name for a month.');
    serve(openAnswer({ approval: 'manual', maxMentees: 20 }));
    fireEvent.click(within(c).getByRole('button', { name: 'Open sign-up' }));
    await waitFor(() => expect(api.set).toHaveBeenCalledTimes(1));
    expect(api.set).toHaveBeenCalledWith({
      open: true,
      approval: 'manual',
      closesAt: new Date(2031, 5, 1, 18, 30).getTime(),
      maxMentees: 20,
      maxMentors: null,
      consentText: 'We keep your name for a month.',
    });
    await waitFor(() =>
      expect(within(c).getByTestId('signup-saved')).toHaveTextContent('Sign-up is open: share the link'),
    );
    expect(within(c).getByTestId('signup-saved')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(api.list).toHaveBeenCalledTimes(2));
    expect(within(c).getByTestId('signup-link-url')).toHaveTextContent('http://tablehop.test/join/ev1#code=first');
    expect(within(c).getByRole('button', { name: 'Save changes' })).toBeInTheDocument();
    expect(within(c).getByTestId('signup-status')).toHaveTextContent('You approve each sign-up.');
  });

  it('closes sign-up keeping the saved approval (the body would default it to auto)', async () => {
    const { api } = fakeSignupApi(openAnswer({ approval: 'manual', maxMentees: 5 }));
    renderPanel(api);
    const c = await card();
    expect(within(c).getByLabelText('Places for mentees')).toHaveValue('5');
    expect(within(c).getByLabelText('Manual: I approve each sign-up')).toBeChecked();
    fireEvent.click(within(c).getByRole('button', { name: 'Close sign-up' }));
    await waitFor(() => expect(api.set).toHaveBeenCalledWith({ open: false, approval: 'manual' }));
    await waitFor(() => expect(within(c).getByTestId('signup-saved')).toHaveTextContent('Sign-up is closed.'));
  });

  it("shows a 400's issues at their fields and its message in an alert", async () => {
    const { api } = fakeSignupApi(answer());
    api.set.mockRejectedValueOnce(
      new ApiError(400, 'bad_request', 'the sign-up settings are not valid', [
        { path: 'closesAt', message: 'must be a time between 2000 and 2100' },
        { path: 'maxMentees', message: 'must be at most 5000' },
      ]),
    );
    renderPanel(api);
    const c = await card();
    fireEvent.click(within(c).getByRole('button', { name: 'Open sign-up' }));
    await waitFor(() =>
      expect(within(c).getByRole('alert')).toHaveTextContent('Could not save: the sign-up settings are not valid'),
    );
    expect(within(c).getByLabelText('Closing day')).toHaveAccessibleDescription(/between 2000 and 2100/);
    expect(within(c).getByLabelText('Closing day')).toHaveAttribute('aria-invalid', 'true');
    expect(within(c).getByLabelText('Places for mentees')).toHaveAccessibleDescription(/must be at most 5000/);
    expect(within(c).getByLabelText('Places for mentors')).not.toHaveAttribute('aria-invalid');
    expect(within(c).getByTestId('signup-saved')).toBeEmptyDOMElement();
  });

  it('checks the caps and the closing time before sending', async () => {
    const { api } = fakeSignupApi(answer());
    renderPanel(api);
    const c = await card();
    type(within(c).getByLabelText('Places for mentors'), 'ten');
    type(within(c).getByLabelText('Closing day'), '2031-06-01');
    fireEvent.click(within(c).getByRole('button', { name: 'Open sign-up' }));
    expect(within(c).getByLabelText('Places for mentors')).toHaveAccessibleDescription(/whole number from 0 to 5000/);
    expect(within(c).getByLabelText('Closing time')).toHaveAccessibleDescription(/day and a time/);
    expect(api.set).not.toHaveBeenCalled();
  });

  it("shows a 409's message in an alert", async () => {
    const { api } = fakeSignupApi(answer());
    api.set.mockRejectedValueOnce(new ApiError(409, 'conflict', 'the event has ended; sign-up cannot open'));
    renderPanel(api);
    const c = await card();
    fireEvent.click(within(c).getByRole('button', { name: 'Open sign-up' }));
    expect(await within(c).findByRole('alert')).toHaveTextContent('the event has ended; sign-up cannot open');
  });

  it("shows the link with Copy and the server's QR code as an image, never as markup", async () => {
    const { api } = fakeSignupApi(openAnswer());
    renderPanel(api);
    const c = await card();
    const link = within(c).getByTestId('signup-link');
    expect(within(link).getByRole('link', { name: 'http://tablehop.test/join/ev1#code=first' })).toHaveAttribute(
      'href',
      'http://tablehop.test/join/ev1#code=first',
    );
    expect(within(link).getByRole('button', { name: 'Copy the sign-up link' })).toBeInTheDocument();
    const img = within(link).getByRole('img', { name: 'QR code of the sign-up link' });
    const src = img.getAttribute('src')!;
    expect(src.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(src.slice(src.indexOf(',') + 1))).toBe(QR_SVG);
    expect(c.querySelector('svg')).toBeNull();
    expect(within(link).getByRole('link', { name: /Download the QR code/ })).toHaveAttribute(
      'download',
      'signup-qr-code.svg',
    );
  });

  it('makes a new code only after the confirmation, then shows the new link', async () => {
    const { api, serve } = fakeSignupApi(openAnswer());
    renderPanel(api);
    const c = await card();
    fireEvent.click(within(c).getByRole('button', { name: 'Make a new code' }));
    const dialog = screen.getByRole('dialog', { name: 'Make a new sign-up code?' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveTextContent(/stop working at once/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(api.newCode).not.toHaveBeenCalled();

    serve(openAnswer({ codeVersion: 2, link: 'http://tablehop.test/join/ev1#code=second' }));
    fireEvent.click(within(c).getByRole('button', { name: 'Make a new code' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Make a new code' }));
    await waitFor(() => expect(api.newCode).toHaveBeenCalledTimes(1));
    await waitFor(() =>
      expect(within(c).getByTestId('signup-link-url')).toHaveTextContent('http://tablehop.test/join/ev1#code=second'),
    );
    expect(within(c).getByTestId('signup-link')).toHaveTextContent('The old link and its posters no longer work');
  });

  it('shows a failed new code in an alert', async () => {
    const { api } = fakeSignupApi(openAnswer());
    api.newCode.mockRejectedValueOnce(new ApiError(409, 'conflict', 'sign-up has never been opened'));
    renderPanel(api);
    const c = await card();
    fireEvent.click(within(c).getByRole('button', { name: 'Make a new code' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Make a new code' }));
    expect(await within(c).findByRole('alert')).toHaveTextContent('sign-up has never been opened');
  });

  it('says how many places are taken of the cap per role, and which role is full', async () => {
    const full = {
      open: false as const,
      reason: 'full' as const,
      message: 'registration is full: there is no more room for mentors',
    };
    const { api } = fakeSignupApi(
      openAnswer(
        { maxMentees: 20, maxMentors: 2 },
        {
          status: { ...shown().status, roles: { mentee: { open: true }, mentor: full } },
          counts: {
            mentee: counts({ placesTaken: 4, pending: 1, waitListed: 2, refused: 3, max: 20 }),
            mentor: counts({ placesTaken: 2, max: 2 }),
          },
        },
      ),
    );
    renderPanel(api);
    const c = await card();
    expect(within(c).getByTestId('signup-counts-mentee')).toHaveTextContent(/^Mentees4 of 20123$/);
    expect(within(c).getByTestId('signup-counts-mentor')).toHaveTextContent(/^Mentors2 of 2000$/);
    expect(within(c).getByTestId('signup-status')).toHaveTextContent(
      'Sign-up is open. Each sign-up joins the event at once. ' +
        'Mentors: registration is full: there is no more room for mentors.',
    );
  });

  it('says why sign-up is closed in the server’s words, and “no cap” without one', async () => {
    const { api } = fakeSignupApi(
      answer({
        registration: shown({ open: true }),
        status: closedStatus('closes-at', 'registration closed at 2031-06-01 16:30 UTC'),
        counts: { mentee: counts({ placesTaken: 3 }), mentor: counts() },
      }),
    );
    renderPanel(api);
    const c = await card();
    expect(within(c).getByTestId('signup-status')).toHaveTextContent(
      'Sign-up is closed: registration closed at 2031-06-01 16:30 UTC.',
    );
    expect(within(c).getByTestId('signup-counts-mentee')).toHaveTextContent('3 (no cap)');
  });

  it('reads the sign-ups again when the pushed view’s signup.changes moves, not on other pushes', async () => {
    const { api, serve } = fakeSignupApi(openAnswer());
    const { view, push } = renderPanel(api);
    const c = await card();
    expect(api.list).toHaveBeenCalledTimes(1);
    push({ ...view(), event: { ...view().event, name: 'Renamed' } });
    push({ ...view(), signup: { open: true, pending: 0, waitListed: 0, changes: 0 } });
    push({ ...view(), signup: { open: true, pending: 0, waitListed: 0, changes: 0 } });
    await Promise.resolve();
    expect(api.list).toHaveBeenCalledTimes(2);
    serve(
      openAnswer(
        {},
        { pending: [reg()], counts: { mentee: counts({ pending: 1, placesTaken: 1 }), mentor: counts() } },
      ),
    );
    push({ ...view(), signup: { open: true, pending: 1, waitListed: 0, changes: 1 } });
    await waitFor(() => expect(api.list).toHaveBeenCalledTimes(3));
    await waitFor(() => expect(within(c).getByTestId('signup-counts-mentee')).toHaveTextContent('1 (no cap)1'));
    expect(screen.getByTestId('registrations-pending')).toHaveTextContent('Ada');
  });

  it('is not shown without the sign-up calls', () => {
    render(() => <PeoplePanel view={viewFixture()} http={fakeApi()} />);
    expect(screen.getByRole('heading', { name: 'Mentors (2)' })).toBeInTheDocument();
    expect(screen.queryByTestId('signup-card')).toBeNull();
    expect(screen.queryByTestId('registrations')).toBeNull();
  });
});

describe('registrationApi', () => {
  it('sends each call to its path with the organizer key', async () => {
    const body = { registration: shown() };
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const http = registrationApi('ev 1', 'secret-key');
    await http.set({ open: true, approval: 'auto', maxMentees: null });
    await http.newCode();
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ registration: reg() }), { status: 200 }));
    await http.decide('r/1', { action: 'refuse', reason: 'Full' });
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(openAnswer()), { status: 200 }));
    expect((await http.list()).registration?.link).toBe('http://tablehop.test/join/ev1#code=first');
    const calls = fetchMock.mock.calls as unknown as [string, RequestInit][];
    expect(calls.map(([url, init]) => [init.method, url, init.body])).toEqual([
      ['POST', '/api/events/ev%201/registration', '{"open":true,"approval":"auto","maxMentees":null}'],
      ['POST', '/api/events/ev%201/registration/code', undefined],
      ['POST', '/api/events/ev%201/registrations/r%2F1', '{"action":"refuse","reason":"Full"}'],
      ['GET', '/api/events/ev%201/registrations', undefined],
    ]);
    for (const [, init] of calls)
      expect((init.headers as Record<string, string>).authorization).toBe('Bearer secret-key');
  });
});
