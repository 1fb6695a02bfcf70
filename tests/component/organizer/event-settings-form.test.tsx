import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventSettingsForm } from '../../../client/screens/home/event-settings-form';
import { ApiError } from '../../../client/live/api';

function setup(submit = vi.fn(async () => ({ id: 'ev1' }))) {
  const onCreated = vi.fn();
  render(() => <EventSettingsForm submit={submit} onDone={onCreated} />);
  return { submit, onCreated };
}
afterEach(cleanup);

const type = (label: RegExp | string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('EventSettingsForm (create)', () => {
  it('shows field errors next to the fields and sends nothing', async () => {
    const { submit } = setup();
    type('Event name', '   ');
    type('Round length (minutes)', 'ten');
    type('Mentees per table', '0');
    fireEvent.click(screen.getByRole('button', { name: 'Create the event' }));

    const name = screen.getByLabelText('Event name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('must not be empty');
    expect(screen.getByLabelText('Round length (minutes)')).toHaveAccessibleDescription(
      /Decimals allowed.*must be a number of minutes/,
    );
    expect(screen.getByLabelText('Mentees per table')).toHaveAccessibleDescription('must be at least 1');
    expect(screen.getByRole('alert')).toHaveTextContent('Please fix the marked fields.');
    expect(submit).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(name));

    // Fixing a field clears its error at once; the others stay.
    type('Event name', 'Night');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Mentees per table')).toHaveAttribute('aria-invalid', 'true');
  });

  it('adds and removes break rows, validating each', () => {
    const { submit } = setup();
    type('Event name', 'Night');
    type('Number of rounds', '3');
    fireEvent.click(screen.getByRole('button', { name: 'Add a break' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a break' }));
    expect(screen.getAllByTestId('break-row')).toHaveLength(2);
    type('Break 1: After round', '3');
    fireEvent.click(screen.getByRole('button', { name: 'Create the event' }));
    expect(screen.getByLabelText('Break 1: After round')).toHaveAccessibleDescription(
      'must be before the last round (3)',
    );
    expect(screen.getByLabelText('Break 2: After round')).toHaveAccessibleDescription('must be a whole number');
    fireEvent.click(screen.getByRole('button', { name: 'Remove break 2' }));
    expect(screen.getAllByTestId('break-row')).toHaveLength(1);
    expect(submit).not.toHaveBeenCalled();
  });

  it('sends seconds and hands the answer over', async () => {
    const { submit, onCreated } = setup();
    type('Event name', 'Zoë & 李雷 night');
    type('Round length (minutes)', '1.5');
    type('Changeover (minutes)', '0.5');
    type('Number of rounds', '4');
    fireEvent.click(screen.getByRole('button', { name: 'Add a break' }));
    type('Break 1: After round', '2');
    expect(screen.getByTestId('total-time')).toHaveTextContent('The event lasts 17 min in all.');
    fireEvent.click(screen.getByRole('button', { name: 'Create the event' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith({ id: 'ev1' }));
    expect(submit).toHaveBeenCalledWith({
      name: 'Zoë & 李雷 night',
      roundSeconds: 90,
      changeoverSeconds: 30,
      rounds: 4,
      tableCapacity: 1,
      breaks: [{ afterRound: 2, seconds: 600 }],
    });
  });

  it("shows the server's refusal next to the field it names", async () => {
    const submit = vi.fn(async () => {
      throw new ApiError(400, 'bad_request', 'invalid settings', [
        { path: 'changeoverSeconds', message: 'too short for this room' },
      ]);
    });
    const { onCreated } = setup(submit);
    type('Event name', 'Night');
    fireEvent.click(screen.getByRole('button', { name: 'Create the event' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Changeover (minutes)')).toHaveAccessibleDescription(/too short for this room/),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('invalid settings');
    expect(onCreated).not.toHaveBeenCalled();
  });
});
