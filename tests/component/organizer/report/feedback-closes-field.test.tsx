import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedbackClosesField } from '../../../../client/screens/organizer/report/feedback-closes-field';
import { viewFixture } from '../fixtures';

afterEach(cleanup);

const viewWith = (feedbackClosesAt: number | null) => {
  const v = viewFixture();
  return { ...v, event: { ...v.event, feedbackClosesAt } };
};

describe('FeedbackClosesField', () => {
  it('saves a date and time of the organizer’s own as feedbackClosesAt', async () => {
    const patchSettings = vi.fn(async () => viewWith(null));
    render(() => <FeedbackClosesField view={viewWith(null)} http={{ patchSettings }} />);
    expect(screen.getByText('Now: 7 days after the end of the event.')).toBeInTheDocument();
    fireEvent.input(screen.getByLabelText('Closing day'), { target: { value: '2030-01-22' } });
    fireEvent.input(screen.getByLabelText('Closing time'), { target: { value: '18:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the closing time' }));
    await waitFor(() => expect(patchSettings).toHaveBeenCalledTimes(1));
    expect(patchSettings).toHaveBeenCalledWith({ feedbackClosesAt: new Date(2030, 0, 22, 18, 0).getTime() });
    await waitFor(() => expect(screen.getByTestId('feedback-closes-status')).toHaveTextContent('Feedback closes'));
  });

  it('goes back to the default, and refuses an empty or impossible time without calling the server', async () => {
    const patchSettings = vi.fn(async () => viewWith(null));
    const set = new Date(2030, 0, 22, 18, 0).getTime();
    render(() => <FeedbackClosesField view={viewWith(set)} http={{ patchSettings }} />);
    expect(screen.getByLabelText('Closing day')).toHaveValue('2030-01-22');
    fireEvent.input(screen.getByLabelText('Closing day'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('Closing time'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the closing time' }));
    expect(screen.getByTestId('feedback-closes-status')).toHaveTextContent('Enter a date and a time');
    expect(patchSettings).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Back to 7 days after the end' }));
    await waitFor(() => expect(patchSettings).toHaveBeenCalledWith({ feedbackClosesAt: null }));
  });
});
