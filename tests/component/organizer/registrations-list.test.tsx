import { cleanup, fireEvent, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../client/live/api';
import { answer, counts, fakeSignupApi, openAnswer, reg, renderPanel } from './signup-fixtures';

afterEach(cleanup);

const ada = reg();
const bo = reg({ id: 'r2', role: 'mentor', name: 'Bo', email: undefined, questions: [], wishes: [], topics: ['Go'] });
const cy = reg({ id: 'r3', name: 'Cy', status: 'wait-listed', questions: ['One?'], wishes: ['gone'] });
const di = reg({ id: 'r4', name: 'Di', status: 'refused', reason: 'Too late', wishes: [] });

const withAll = () => openAnswer({}, { pending: [ada, bo], waitListed: [cy], refused: [di] });
const item = (name: string) =>
  screen.getAllByTestId('registration-item').find((li) => within(li).queryByText(name, { selector: 'strong' }))!;

describe('the sign-ups to decide', () => {
  it('is not shown while there are none', async () => {
    const { api } = fakeSignupApi(openAnswer());
    renderPanel(api);
    await screen.findByTestId('signup-status');
    expect(screen.queryByTestId('registrations')).toBeNull();
  });

  it('lists each sign-up with its role, e-mail, wishes by mentor name and questions, by status', async () => {
    const { api } = fakeSignupApi(withAll());
    renderPanel(api);
    const pending = await screen.findByTestId('registrations-pending');
    expect(screen.getByRole('heading', { name: 'Waiting for you (2)' })).toBeInTheDocument();
    expect(item('Ada')).toHaveTextContent('Ada Mentee ada@example.org');
    expect(item('Ada')).toHaveTextContent('2 questions · Wishes: Grace Hopper, 李雷');
    expect(item('Bo')).toHaveTextContent('Mentor no e-mail');
    expect(item('Bo')).toHaveTextContent('Topics: Go');
    expect(within(pending).getAllByTestId('registration-item')).toHaveLength(2);
    expect(within(screen.getByTestId('registrations-waitListed')).getByText('Cy')).toBeInTheDocument();
    expect(item('Cy')).toHaveTextContent('1 question · Wishes: a removed mentor');
    expect(item('Di')).toHaveTextContent('Reason: Too late');
    // Each offers the decisions other than where it stands.
    const names = (li: HTMLElement) =>
      within(li)
        .getAllByRole('button')
        .map((b) => b.textContent);
    expect(names(item('Ada'))).toEqual(['Approve', 'Wait-list', 'Refuse']);
    expect(names(item('Cy'))).toEqual(['Approve', 'Refuse']);
    expect(names(item('Di'))).toEqual(['Approve', 'Wait-list']);
  });

  it('approves, says so, and reads the list again', async () => {
    const { api, serve } = fakeSignupApi(withAll());
    renderPanel(api);
    await screen.findByTestId('registrations-pending');
    serve(openAnswer({}, { pending: [bo], waitListed: [cy], refused: [di] }));
    fireEvent.click(screen.getByRole('button', { name: 'Approve Ada' }));
    await waitFor(() => expect(api.decide).toHaveBeenCalledWith('r1', { action: 'approve' }));
    await waitFor(() => expect(screen.getByTestId('registrations-done')).toHaveTextContent('Ada is in the event.'));
    expect(api.list).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('heading', { name: 'Waiting for you (1)' })).toBeInTheDocument();
    expect(screen.queryByText('Ada', { selector: 'strong' })).toBeNull();
  });

  it('wait-lists: the sign-up moves to the wait-list after the re-read', async () => {
    const { api, serve } = fakeSignupApi(withAll());
    renderPanel(api);
    await screen.findByTestId('registrations-pending');
    serve(openAnswer({}, { pending: [ada], waitListed: [cy, { ...bo, status: 'wait-listed', updatedAt: 2 }] }));
    fireEvent.click(screen.getByRole('button', { name: 'Wait-list Bo' }));
    await waitFor(() => expect(api.decide).toHaveBeenCalledWith('r2', { action: 'wait-list' }));
    await waitFor(() => expect(within(screen.getByTestId('registrations-waitListed')).getByText('Bo')).toBeVisible());
    await waitFor(() => expect(screen.getByTestId('registrations-done')).toHaveTextContent('Bo is on the wait-list.'));
    expect(screen.queryByTestId('registrations-refused')).toBeNull();
  });

  it('refuses with the reason typed, or with none', async () => {
    const { api } = fakeSignupApi(withAll());
    renderPanel(api);
    await screen.findByTestId('registrations-pending');
    fireEvent.click(screen.getByRole('button', { name: 'Refuse Ada' }));
    expect(api.decide).not.toHaveBeenCalled();
    const form = screen.getByRole('form', { name: 'Refuse Ada' });
    fireEvent.input(within(form).getByLabelText('Reason (optional)'), { target: { value: '  The event is full  ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Refuse' }));
    await waitFor(() =>
      expect(api.decide).toHaveBeenCalledWith('r1', { action: 'refuse', reason: 'The event is full' }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('registrations-done')).toHaveTextContent("Ada's sign-up is refused."),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Refuse Cy' }));
    fireEvent.click(within(screen.getByRole('form', { name: 'Refuse Cy' })).getByRole('button', { name: 'Refuse' }));
    await waitFor(() => expect(api.decide).toHaveBeenLastCalledWith('r3', { action: 'refuse' }));
  });

  it('keeps a reason being typed when a pushed change re-reads the list', async () => {
    const { api, serve } = fakeSignupApi(withAll());
    const { view, push } = renderPanel(api);
    await screen.findByTestId('registrations-pending');
    fireEvent.click(screen.getByRole('button', { name: 'Refuse Ada' }));
    fireEvent.input(screen.getByLabelText('Reason (optional)'), { target: { value: 'Half typed' } });
    const eve = reg({ id: 'r5', name: 'Eve', at: 1_900_000_100_000, updatedAt: 1_900_000_100_000 });
    serve(openAnswer({}, { pending: [{ ...ada }, bo, eve], waitListed: [cy], refused: [di] }));
    push({ ...view(), signup: { open: true, pending: 3, waitListed: 1, changes: 7 } });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Waiting for you (3)' })).toBeInTheDocument());
    expect(screen.getByLabelText('Reason (optional)')).toHaveValue('Half typed');
  });

  it("shows a 409's message in an alert and reads the list again", async () => {
    const { api, serve } = fakeSignupApi(withAll());
    api.decide.mockRejectedValueOnce(new ApiError(409, 'conflict', 'Ada is already in the event'));
    renderPanel(api);
    await screen.findByTestId('registrations-pending');
    serve(openAnswer({}, { pending: [bo], counts: { mentee: counts({ inEvent: 1 }), mentor: counts() } }));
    fireEvent.click(screen.getByRole('button', { name: 'Approve Ada' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not approve Ada: Ada is already in the event');
    expect(screen.getByTestId('registrations-done')).toBeEmptyDOMElement();
    await waitFor(() => expect(api.list).toHaveBeenCalledTimes(2));
    expect(screen.queryByText('Ada', { selector: 'strong' })).toBeNull();
  });

  it('keeps the buttons off while a decision is on its way', async () => {
    const { api } = fakeSignupApi(withAll());
    let release: () => void = () => {};
    api.decide.mockImplementationOnce(async (id) => {
      await new Promise<void>((r) => (release = r));
      return { registration: reg({ id, status: 'wait-listed' }) };
    });
    renderPanel(api);
    await screen.findByTestId('registrations-pending');
    fireEvent.click(screen.getByRole('button', { name: 'Wait-list Ada' }));
    expect(screen.getByRole('button', { name: 'Approve Bo' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Approve Bo' }));
    expect(api.decide).toHaveBeenCalledTimes(1);
    release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Approve Bo' })).toBeEnabled());
  });

  it('is read with the card: an event never opened answers no sign-ups', async () => {
    const { api } = fakeSignupApi(answer());
    renderPanel(api);
    await screen.findByTestId('signup-status');
    expect(api.list).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('registrations')).toBeNull();
  });
});
