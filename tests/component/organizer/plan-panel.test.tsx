import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { plan } from '../../../shared/planner';
import type { OrganizerView } from '../../../shared/protocol/views';
import { ApiError } from '../../../client/live/api';
import { PlanPanel } from '../../../client/screens/organizer/plan/plan-panel';
import { fakeApi, viewFixture } from './fixtures';

afterEach(cleanup);

function plannedView(): OrganizerView {
  const v = viewFixture();
  const schedule = plan(
    { rounds: 2, tableCapacity: 1 },
    v.mentors.map(({ id, name, table }) => ({ id, name, table })),
    v.mentees.map(({ id, name, wishes, avoid }) => ({ id, name, wishes, avoid })),
    { seed: 1 },
  );
  return { ...v, schedule, scheduleVersion: 1 };
}

describe('PlanPanel', () => {
  it('before a plan, explains what the inputs allow and offers to plan; the pushed view shows the plan', async () => {
    const http = fakeApi();
    const [view, push] = createSignal(viewFixture());
    render(() => <PlanPanel view={view()} http={http} clock={() => null} />);
    expect(screen.getByTestId('plan-explain')).toHaveTextContent(
      /^3 mentees, 2 mentors, 2 rounds: .*1 sits out each round/,
    );
    expect(screen.queryByTestId('plan-matrix')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Plan the rotation' }));
    await waitFor(() => expect(screen.getByTestId('plan-status')).toHaveTextContent('Planned.'));
    expect(http.plan).toHaveBeenCalledWith(expect.any(Number));
    // Planning is one POST: no GET after it; the matrix appears with the server's push.
    expect(http.load).not.toHaveBeenCalled();
    expect(screen.queryByTestId('plan-matrix')).toBeNull();
    push(plannedView());
    expect(screen.getByTestId('plan-matrix')).toBeInTheDocument();
  });

  it('shows the matrix, the quality figures and plans again with a new seed', async () => {
    const http = fakeApi();
    render(() => <PlanPanel view={plannedView()} http={http} clock={() => null} />);
    expect(screen.getByTestId('plan-matrix')).toBeInTheDocument();
    expect(screen.getByTestId('byes-row')).toBeInTheDocument();
    const quality = screen.getByTestId('plan-quality');
    expect(quality).toHaveTextContent('Different meetings');
    expect(quality).toHaveTextContent('Wishes met1 of 1');
    expect(quality).toHaveTextContent('Rules keptAll');
    fireEvent.click(screen.getByRole('button', { name: 'Try another arrangement' }));
    expect(screen.getByRole('button', { name: 'Planning…' })).toBeDisabled();
    await waitFor(() => expect(screen.getByTestId('plan-status')).toHaveTextContent('Planned again with a new seed.'));
    fireEvent.click(screen.getByRole('button', { name: 'Try another arrangement' }));
    await waitFor(() => expect(http.plan).toHaveBeenCalledTimes(2));
    const [[a], [b]] = http.plan.mock.calls as unknown as [[number], [number]];
    expect(a).not.toBe(b);
  });

  it('shows each round’s time, wished meetings, and a view per person', () => {
    render(() => <PlanPanel view={plannedView()} http={fakeApi()} clock={() => null} />);
    // No start time set yet: times from the start; Zoë wished for Grace Hopper.
    const matrix = screen.getByTestId('plan-matrix');
    expect(matrix).toHaveTextContent('Round 1start');
    expect(matrix).toHaveTextContent('Round 2+11 min');
    expect(screen.getByTestId('matrix-note')).toHaveTextContent(
      'Times are from the start (no start time is set yet). ★ a meeting the mentee wished for.',
    );
    expect(matrix.querySelectorAll('.wish-mark')).toHaveLength(1);
    fireEvent.click(screen.getByRole('radio', { name: 'By person' }));
    expect(screen.queryByTestId('plan-matrix')).toBeNull();
    const people = screen.getByTestId('person-matrix');
    expect(people.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(people).toHaveTextContent(/Zoë.*Grace Hopper ★/);
    fireEvent.click(screen.getByRole('radio', { name: 'By table' }));
    expect(screen.getByTestId('plan-matrix')).toBeInTheDocument();
  });

  it('says why planning was refused', async () => {
    const http = fakeApi();
    http.plan.mockRejectedValueOnce(new ApiError(409, 'conflict', 'every round has begun; nothing is left to replan'));
    render(() => <PlanPanel view={plannedView()} http={http} clock={() => null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try another arrangement' }));
    await waitFor(() =>
      expect(screen.getByTestId('plan-status')).toHaveTextContent(
        'Could not plan: every round has begun; nothing is left to replan',
      ),
    );
  });

  it('says "could not plan" once when the planner refused the event as too large', async () => {
    const http = fakeApi();
    http.plan.mockRejectedValueOnce(
      new ApiError(
        409,
        'conflict',
        'cannot plan: the event is too large: ' +
          '200 rounds × (50 mentors + 2,000 mentees × 50 seats a table) is 20,010,000',
      ),
    );
    render(() => <PlanPanel view={plannedView()} http={http} clock={() => null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try another arrangement' }));
    const status = screen.getByTestId('plan-status');
    await waitFor(() => expect(status).toHaveTextContent('Could not plan: the event is too large: 200 rounds'));
    expect(status.textContent).not.toMatch(/cannot plan/);
  });
});

describe('SettingsCard', () => {
  it('shows the timing and saves a change with PATCH; the pushed view shows it', async () => {
    const http = fakeApi();
    const [view, push] = createSignal(viewFixture());
    render(() => <PlanPanel view={view()} http={http} clock={() => null} />);
    expect(screen.getByTestId('timing-summary')).toHaveTextContent(
      '2 rounds of 10 min, 1 min to move, up to 1 mentee per table (one round per mentor).',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Change settings' }));
    expect(screen.getByLabelText('Round length (minutes)')).toHaveValue('10');
    fireEvent.input(screen.getByLabelText('Round length (minutes)'), { target: { value: '7.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(http.patchSettings).toHaveBeenCalledWith({ roundSeconds: 450 }));
    await waitFor(() => expect(screen.getByText('Saved.')).toBeInTheDocument());
    expect(http.load).not.toHaveBeenCalled();
    push(viewFixture({ event: { ...viewFixture().event, roundSeconds: 450 } }));
    expect(screen.getByTestId('timing-summary')).toHaveTextContent('2 rounds of 8 min, 1 min to move');
  });
});
