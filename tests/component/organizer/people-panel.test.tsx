import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../client/live/api';
import { PeoplePanel } from '../../../client/screens/organizer/people/people-panel';
import { fakeApi, viewFixture } from './fixtures';

afterEach(cleanup);

/** The panel on a view the test pushes (`push`), as the server does after every change. */
function setup() {
  const http = fakeApi();
  const [view, push] = createSignal(viewFixture());
  render(() => <PeoplePanel view={view()} http={http} />);
  return { http, view, push };
}

describe('PeoplePanel', () => {
  it('lists mentors and mentees with their details, wishes by mentor name', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Mentors (2)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Mentees (3)' })).toBeInTheDocument();
    const zoe = screen.getAllByTestId('mentee-item')[0]!;
    expect(zoe).toHaveTextContent('How do I start?');
    expect(zoe).toHaveTextContent('Wishes: Grace Hopper');
    expect(screen.getAllByTestId('mentee-item')[1]).toHaveTextContent('Avoids: 李雷');
  });

  it('edits a mentee in place and sends wishes by name; the list shows the pushed edit', async () => {
    const { http, view, push } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Zoë' }));
    const form = screen.getByRole('form', { name: 'Edit Zoë' });
    expect(within(form).getByLabelText(/^Wishes/)).toHaveValue('Grace Hopper');
    fireEvent.input(within(form).getByLabelText(/^Questions/), { target: { value: 'How do I start?\nWhat next?' } });
    fireEvent.input(within(form).getByLabelText(/^Avoid/), { target: { value: '李雷' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(http.patchPerson).toHaveBeenCalledWith('e1', {
        name: 'Zoë',
        questions: ['How do I start?', 'What next?'],
        wishes: ['Grace Hopper'],
        avoid: ['李雷'],
      }),
    );
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit Zoë' })).toBeNull());
    // The save is one PATCH: no GET after it; the server's push updates the list.
    expect(http.load).not.toHaveBeenCalled();
    push({
      ...view(),
      mentees: view().mentees.map((m) =>
        m.id === 'e1' ? { ...m, questions: ['How do I start?', 'What next?'], avoid: ['m2'] } : m,
      ),
    });
    expect(screen.getAllByTestId('mentee-item')[0]).toHaveTextContent('What next?');
    expect(screen.getAllByTestId('mentee-item')[0]).toHaveTextContent('Avoids: 李雷');
  });

  it("keeps the editor open with the server's field error", async () => {
    const { http } = setup();
    http.patchPerson.mockRejectedValueOnce(
      new ApiError(400, 'bad_request', 'table "T2" is already taken by 李雷', [
        { path: 'table', message: 'already taken by 李雷' },
      ]),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit Grace Hopper' }));
    const form = screen.getByRole('form', { name: 'Edit Grace Hopper' });
    fireEvent.input(within(form).getByLabelText('Table'), { target: { value: 'T2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Table')).toHaveAccessibleDescription(/already taken by 李雷/),
    );
    expect(http.patchPerson).toHaveBeenCalledWith('m1', {
      name: 'Grace Hopper',
      table: 'T2',
      topics: ['compilers'],
      bio: 'Admiral',
    });
  });

  it('checks a mentee locally before saving', () => {
    const { http } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Ana' }));
    const form = screen.getByRole('form', { name: 'Edit Ana' });
    fireEvent.input(within(form).getByLabelText(/^Wishes/), { target: { value: 'Nobody' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByLabelText(/^Wishes/)).toHaveAccessibleDescription(/“Nobody” is not a mentor/);
    expect(http.patchPerson).not.toHaveBeenCalled();
  });

  it('deletes only after confirming', async () => {
    const { http } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete 李雷' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete mentor 李雷?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(http.deletePerson).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete 李雷' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(http.deletePerson).toHaveBeenCalledWith('m2'));
  });

  it('adds a mentor', async () => {
    const { http } = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Mentor' }));
    const form = screen.getByRole('form', { name: 'Add a person' });
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: 'Amina Diallo' } });
    fireEvent.input(within(form).getByLabelText('Topics'), { target: { value: 'product; leadership' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add mentor' }));
    await waitFor(() =>
      expect(http.addPeople).toHaveBeenCalledWith({
        mentors: [{ name: 'Amina Diallo', topics: ['product', 'leadership'], bio: '' }],
      }),
    );
    await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('Added mentor Amina Diallo.'));
    expect(within(form).getByLabelText('Name')).toHaveValue('');
  });

  it('shows each wished mentor in its own isolate, so mixed scripts keep their order', () => {
    const v = viewFixture();
    const [view] = createSignal({
      ...v,
      mentees: v.mentees.map((m, i) => (i === 0 ? { ...m, wishes: ['m2', 'm1'] } : m)),
    });
    render(() => <PeoplePanel view={view()} http={fakeApi()} />);
    const zoe = screen.getAllByTestId('mentee-item')[0]!;
    const wishes = within(zoe).getByText(/^Wishes:/);
    const names = [...wishes.querySelectorAll('[dir="auto"]')].map((n) => n.textContent);
    expect(names).toEqual(['李雷', 'Grace Hopper']);
    expect(wishes).toHaveTextContent('Wishes: 李雷, Grace Hopper');
  });

  it('suggests the mentor a wish with a typo most likely means', () => {
    setup();
    const form = screen.getByRole('form', { name: 'Add a person' });
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: 'Sam' } });
    fireEvent.input(within(form).getByLabelText(/^Wishes/), { target: { value: 'Grace Hoper' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add mentee' }));
    expect(within(form).getByLabelText(/^Wishes/)).toHaveAccessibleDescription(
      /“Grace Hoper” is not a mentor — did you mean “Grace Hopper”\?$/,
    );
  });
});

describe('PeoplePanel once the event runs: walk-ins', () => {
  const running = () => {
    const v = viewFixture();
    return {
      ...v,
      schedule: { mentors: [], mentees: [], rounds: [] },
      clock: {
        status: 'running' as const,
        phaseIndex: 0,
        phase: { index: 0, kind: 'meeting' as const, round: 1 },
        phaseEndsAt: 1e12,
        remainingMs: 1000,
        serverNow: 0,
        version: 1,
        rounds: 2,
        phaseCount: 3,
        startedAt: 0,
      },
    };
  };

  it('adds a walk-in, says they are not in the seating yet, and offers the review', async () => {
    const http = fakeApi();
    const review = vi.fn();
    const view = running();
    render(() => <PeoplePanel view={view} http={http} clock={() => view.clock} review={review} />);
    const form = screen.getByRole('form', { name: 'Add a walk-in' });
    expect(screen.getByTestId('walk-in-note')).toHaveTextContent('Nobody moves before you do.');
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: 'عمر الفاروق' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add mentee' }));
    await waitFor(() =>
      expect(screen.getByTestId('add-done')).toHaveTextContent('Added mentee عمر الفاروق. Not in the seating yet.'),
    );
    expect(screen.getByTestId('add-done').querySelector('bdi')).toHaveTextContent('عمر الفاروق');
    expect(review).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('add-review'));
    expect(review).toHaveBeenCalledTimes(1);
  });

  it('before the start (or without a plan) it is an ordinary add', async () => {
    const http = fakeApi();
    render(() => <PeoplePanel view={viewFixture()} http={http} clock={() => null} review={vi.fn()} />);
    expect(screen.queryByTestId('walk-in-note')).toBeNull();
    const form = screen.getByRole('form', { name: 'Add a person' });
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: 'Sam' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add mentee' }));
    await waitFor(() => expect(screen.getByTestId('add-done')).toHaveTextContent('Added mentee Sam.'));
    expect(screen.queryByTestId('add-review')).toBeNull();
  });
});
