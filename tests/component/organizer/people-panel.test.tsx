import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
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
});
