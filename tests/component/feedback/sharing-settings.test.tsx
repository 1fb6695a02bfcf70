import { cleanup, fireEvent, screen, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meeting, meetingsAnswer, settleMicrotasks } from '../support/feedback-fixtures';
import { runningClock } from '../support/fixtures';
import { renderPhone } from './render-feedback';

const answer = (over: Parameters<typeof meetingsAnswer>[1] = {}) =>
  meetingsAnswer([meeting(1, 'm1', 'Grace Hopper')], over);
const panel = () => within(screen.getByTestId('sharing-settings'));

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('what I share with mutual follow-ups', () => {
  it('starts at nothing and offers my e-mail only when the event has one', () => {
    renderPhone('mentee', runningClock(0, 60_000), { meetings: answer({ hasEmail: false }) });
    expect(panel().getByRole('heading')).toHaveTextContent('What I share with mutual follow-ups');
    expect(panel().getByRole('radio', { name: 'Nothing' })).toBeChecked();
    expect(panel().queryByRole('radio', { name: 'My e-mail address' })).toBeNull();
    cleanup();
    renderPhone('mentee', runningClock(0, 60_000), { meetings: answer() });
    expect(panel().getByRole('radio', { name: 'My e-mail address' })).not.toBeChecked();
  });

  it('is not shown before my meetings are known (it would claim "nothing" without knowing)', () => {
    renderPhone('mentee', runningClock(0, 60_000));
    expect(screen.getByTestId('after-talk')).toBeInTheDocument();
    expect(screen.queryByTestId('sharing-settings')).toBeNull();
  });

  it('sends the e-mail choice on the tap', async () => {
    const mentors = meetingsAnswer([meeting(1, 'e1', 'Zoë'), meeting(1, 'e2', '李雷')]);
    const { senders } = renderPhone('mentor', runningClock(0, 60_000), { meetings: mentors });
    fireEvent.click(panel().getByRole('radio', { name: 'My e-mail address' }));
    await settleMicrotasks();
    expect(senders.calls.map((c) => [c.kind, c.payload])).toEqual([['sharing', { share: 'email' }]]);
    expect(panel().getByRole('radio', { name: 'My e-mail address' })).toBeChecked();
  });

  it('a contact line is sent when written, not before', async () => {
    const { senders } = renderPhone('mentee', runningClock(0, 60_000), { meetings: answer() });
    fireEvent.click(panel().getByRole('radio', { name: 'A contact line' }));
    await settleMicrotasks();
    expect(senders.calls).toEqual([]);
    const line = panel().getByLabelText('Contact line (a phone number, a profile, …)');
    expect(line).toHaveAttribute('maxlength', '200');
    fireEvent.input(line, { target: { value: 'linkedin.com/in/zoe' } });
    fireEvent.click(panel().getByRole('button', { name: 'Share this line' }));
    await settleMicrotasks();
    expect(senders.calls.map((c) => c.payload)).toEqual([{ share: 'contact', contact: 'linkedin.com/in/zoe' }]);
    fireEvent.blur(line);
    await settleMicrotasks();
    expect(senders.calls).toHaveLength(1);
  });

  it('shows a stored contact line, waits offline, and says why a choice was refused', async () => {
    const stored = answer({ sharing: { share: 'contact', contact: '+44 20 7946 0000' } });
    const { senders, setOnline } = renderPhone('mentee', runningClock(0, 60_000), {
      meetings: stored,
      online: false,
      auto: false,
    });
    expect(panel().getByLabelText('Contact line (a phone number, a profile, …)')).toHaveValue('+44 20 7946 0000');
    fireEvent.click(panel().getByRole('radio', { name: 'My e-mail address' }));
    expect(panel().getByTestId('sharing-state')).toHaveTextContent('Waiting for connection…');
    setOnline(true);
    await settleMicrotasks();
    senders.calls[0]!.resolve({ status: 'refused', message: 'there is no e-mail address for you in this event' });
    await settleMicrotasks();
    expect(panel().getByTestId('sharing-state')).toHaveTextContent(
      'Not saved: there is no e-mail address for you in this event',
    );
    // Back to what the server has.
    expect(panel().getByRole('radio', { name: 'A contact line' })).toBeChecked();
  });
});
