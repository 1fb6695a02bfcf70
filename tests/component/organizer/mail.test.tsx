import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAIL_NOT_SET_UP, type MailEntry, type MailLog, type MailSendAnswer } from '../../../shared/mail/mail-schemas';
import type { MailState } from '../../../client/screens/organizer/mail/mail-state';
import { mailCounts, mailWords, sendAnswerWords } from '../../../client/screens/organizer/mail/mail-words';
import { PersonMail } from '../../../client/screens/organizer/mail/person-mail';
import { SendLinksCard } from '../../../client/screens/organizer/mail/send-links-card';

const people = [
  { id: 'a', name: 'Ada', email: 'ada@example.org' },
  { id: 'b', name: 'Bo' },
  { id: 'c', name: 'Cy', email: 'cy@example.org' },
];

const entry = (over: Partial<MailEntry>): MailEntry => ({
  personId: 'a',
  status: 'queued',
  address: 'ada@example.org',
  queuedAt: 0,
  attempts: 0,
  nextAttemptAt: 0,
  sentAt: null,
  failedAt: null,
  error: null,
  ...over,
});

/** A MailState of a fixed log; `send` answers after `gate` resolves. */
function fakeMail(log: MailLog, answer: MailSendAnswer = { queued: 1, skipped: [] }) {
  const [current] = createSignal<MailLog | null>(log);
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const send = vi.fn(async () => {
    await gate;
    return answer;
  });
  const downloadMerge = vi.fn(async () => 'mail-merge-ev1.csv');
  const state: MailState = {
    log: current,
    loadError: () => null,
    entry: (id) => log.people.find((e) => e.personId === id),
    send,
    downloadMerge,
    timeZone: 'Europe/Berlin',
  };
  return { state, send, downloadMerge, release };
}

const enabled = (people: MailEntry[] = []): MailLog => ({ enabled: true, message: null, perMinute: 30, people });

afterEach(cleanup);

describe('the Run tab’s “Send personal links”', () => {
  it('without SMTP says so in plain words and offers the mail-merge file', async () => {
    const m = fakeMail({ enabled: false, message: MAIL_NOT_SET_UP, perMinute: null, people: [] });
    render(() => <SendLinksCard people={people} mail={m.state} />);
    expect(screen.getByTestId('mail-off').textContent).toBe('E-mail is not set up on this server (TABLEHOP_SMTP_URL).');
    expect(screen.queryByRole('button', { name: 'Send personal links' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Download the mail-merge CSV' }));
    await waitFor(() => expect(screen.getByTestId('mail-said').textContent).toBe('Saved mail-merge-ev1.csv.'));
    expect(m.downloadMerge).toHaveBeenCalledTimes(1);
  });

  it('sends to everyone once however often the button is clicked before the answer', async () => {
    const m = fakeMail(enabled(), { queued: 2, skipped: [{ personId: 'b', name: 'Bo', reason: 'no e-mail' }] });
    render(() => <SendLinksCard people={people} mail={m.state} />);
    expect(screen.getByTestId('mail-counts').textContent).toMatch(/^2 of 3 people have an e-mail address · 0 sent/);
    const button = screen.getByRole('button', { name: 'Send personal links' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(button).toBeDisabled();
    m.release();
    await waitFor(() =>
      expect(screen.getByTestId('mail-said').textContent).toBe(
        '2 mails queued: they go out now. Not sent — no e-mail: Bo.',
      ),
    );
    expect(m.send).toHaveBeenCalledTimes(1);
    expect(m.send).toHaveBeenCalledWith('all');
  });

  it('sends to one person, or to those not sent one yet', async () => {
    const m = fakeMail(enabled([entry({ personId: 'a', status: 'sent', sentAt: 5 })]));
    m.release();
    render(() => <SendLinksCard people={people} mail={m.state} />);
    expect(screen.getByRole('radio', { name: 'Only those not sent one yet (1)' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'One person' }));
    fireEvent.change(screen.getByLabelText('Person'), { target: { value: 'c' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send personal links' }));
    await waitFor(() => expect(m.send).toHaveBeenCalledWith({ personId: 'c' }));
    await screen.findByRole('button', { name: 'Send personal links' });
    fireEvent.click(screen.getByRole('radio', { name: 'Only those not sent one yet (1)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send personal links' }));
    await waitFor(() => expect(m.send).toHaveBeenLastCalledWith('unsent'));
  });

  it('lists the mails that were not delivered, with the server’s reason', () => {
    const m = fakeMail(enabled([entry({ personId: 'c', status: 'failed', attempts: 1, error: '550 No such user' })]));
    render(() => <SendLinksCard people={people} mail={m.state} />);
    expect(screen.getByRole('heading', { name: 'Not delivered' })).toBeInTheDocument();
    expect(screen.getByText(/: 550 No such user$/)).toBeInTheDocument();
  });
});

describe('a person’s mail on the People tab', () => {
  it('shows where it stands, sends one, and has the text to copy', async () => {
    const m = fakeMail(enabled([entry({ personId: 'a', status: 'sent', sentAt: Date.UTC(2030, 0, 1, 9, 5) })]));
    m.release();
    const textOf = vi.fn(() => ({ subject: 'S', text: 'Hello Ada,\nhttp://h/p#token=t', html: '' }));
    render(() => <PersonMail person={people[0]!} mail={{ state: m.state, textOf }} />);
    expect(screen.getByTestId('mail-status').textContent).toMatch(/^E-mail: sent at .+ to ada@example\.org$/);
    // The text is made only when asked for.
    expect(textOf).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('E-mail text'));
    const details = screen.getByText('E-mail text').closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(await screen.findByRole('textbox', { name: 'E-mail text for Ada' })).toHaveValue(
      'Hello Ada,\nhttp://h/p#token=t',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Send link to Ada' }));
    await waitFor(() => expect(m.send).toHaveBeenCalledWith({ personId: 'a' }));
  });

  it('offers no Send without an address or without SMTP', () => {
    const off = fakeMail({ enabled: false, message: MAIL_NOT_SET_UP, perMinute: null, people: [] });
    const textOf = () => null;
    render(() => (
      <>
        <PersonMail person={people[0]!} mail={{ state: off.state, textOf }} />
        <PersonMail person={people[1]!} mail={{ state: fakeMail(enabled()).state, textOf }} />
      </>
    ));
    expect(screen.queryByRole('button', { name: /^Send link/ })).toBeNull();
    expect(screen.getAllByTestId('mail-status').map((e) => e.textContent)).toEqual([
      'E-mail: not sent yet',
      'No e-mail',
    ]);
  });
});

describe('mail words', () => {
  const at = (ms: number) => `t${ms}`;
  it('says queued, queued with the retry and reason, sent, failed', () => {
    expect(mailWords(people[0]!, entry({}), at).text).toBe('E-mail: queued');
    expect(mailWords(people[0]!, entry({ attempts: 1, error: '421 busy', nextAttemptAt: 9 }), at).text).toBe(
      'E-mail: queued, trying again at t9 (421 busy)',
    );
    expect(mailWords(people[0]!, entry({ status: 'sent', sentAt: 7 }), at)).toEqual({
      text: 'E-mail: sent at t7 to ada@example.org',
      tone: 'ok',
    });
    expect(mailWords(people[0]!, entry({ status: 'failed', attempts: 4, error: 'Timeout' }), at)).toEqual({
      text: 'E-mail: failed after 4 tries: Timeout',
      tone: 'bad',
    });
    expect(mailWords({ id: 'x', name: 'X', email: 'nope' }, undefined, at).text).toBe('E-mail: not an address');
  });

  it('counts and sums up an answer, cutting a long list short', () => {
    const log = new Map([['a', entry({ status: 'sent', sentAt: 1 })]]);
    expect(mailCounts(people, (id) => log.get(id))).toEqual({
      withAddress: 2,
      sent: 1,
      queued: 0,
      failed: 0,
      unsent: 1,
    });
    const skipped = ['P', 'Q', 'R', 'S', 'T'].map((name) => ({ personId: name, name, reason: 'no e-mail' as const }));
    expect(sendAnswerWords({ queued: 1, skipped })).toBe(
      '1 mail queued: they go out now. Not sent — no e-mail: P, Q, R and 2 more.',
    );
    expect(sendAnswerWords({ queued: 0, skipped: [] })).toBe('No mail was queued.');
  });
});
