import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportView } from '../../../../client/screens/organizer/report/report-view';
import { reportFixture } from './fixtures';

afterEach(cleanup);

/** A table's body as rows of cell texts (the row header first). */
const rowsOf = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
const barsOf = (chartTestId: string) => within(screen.getByTestId(chartTestId)).getAllByRole('img');

describe('ReportView', () => {
  it('the rounds table holds the numbers given, and the chart has one labelled bar per round', () => {
    render(() => <ReportView report={reportFixture()} />);
    expect(rowsOf(screen.getByTestId('rounds-table'))).toEqual([
      ['1', '8', '8'],
      ['2', '8', '7'],
      ['3', '8', '7'],
    ]);
    expect(barsOf('rounds-chart').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Round 1: 8 of 8 meetings held',
      'Round 2: 7 of 8 meetings held',
      'Round 3: 7 of 8 meetings held',
    ]);
  });

  it('the bars are drawn to scale: the longest value fills the span, a smaller one is shorter', () => {
    render(() => <ReportView report={reportFixture()} />);
    const width = (bar: HTMLElement) => Number(bar.querySelector('rect.bar')!.getAttribute('width'));
    const [one, , , , five] = barsOf('ratings-chart');
    expect(width(one!)).toBe(0);
    expect(width(five!)).toBeGreaterThan(0);
    const [r1, r2] = barsOf('rounds-chart');
    expect(width(r2!)).toBeCloseTo((width(r1!) * 7) / 8);
  });

  it('the rating histogram: five bars from 1 to 5 and a table with the same counts', () => {
    render(() => <ReportView report={reportFixture()} />);
    expect(rowsOf(screen.getByTestId('ratings-table'))).toEqual([
      ['1', '0'],
      ['2', '1'],
      ['3', '2'],
      ['4', '4'],
      ['5', '8'],
    ]);
    expect(barsOf('ratings-chart').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Rated 1 of 5: 0 ratings',
      'Rated 2 of 5: 1 rating',
      'Rated 3 of 5: 2 ratings',
      'Rated 4 of 5: 4 ratings',
      'Rated 5 of 5: 8 ratings',
    ]);
  });

  it('each mentor: meetings, ratings and the mean, or why there is none', () => {
    render(() => <ReportView report={reportFixture()} />);
    expect(rowsOf(screen.getByTestId('mentors-table'))).toEqual([
      ['Grace Hopper', '12', '13', '4.5'],
      ['Ada Lovelace', '10', '2', '—, fewer than 3 ratings'],
    ]);
  });

  it('the totals: held of planned, no-shows, ratings, follow-ups given and mutual', () => {
    render(() => <ReportView report={reportFixture()} />);
    expect(screen.getByTestId('total-held')).toHaveTextContent('22 of 24 (92 %)');
    expect(screen.getByTestId('total-no-shows')).toHaveTextContent('2');
    expect(screen.getByTestId('total-ratings')).toHaveTextContent('15, mean 4.3');
    expect(screen.getByTestId('total-follow-ups')).toHaveTextContent('9');
    expect(screen.getByTestId('total-mutual')).toHaveTextContent('3');
  });

  it('an event without ratings or rounds says so rather than drawing nothing', () => {
    const empty = reportFixture({
      meetingsPlanned: 0,
      meetingsHeld: 0,
      perRound: [],
      ratings: { count: 0, mean: null, histogram: [0, 0, 0, 0, 0] },
    });
    render(() => <ReportView report={empty} />);
    expect(screen.getByTestId('total-held')).toHaveTextContent('0 of 0');
    expect(screen.getByTestId('total-ratings')).toHaveTextContent('none yet');
    expect(screen.queryByTestId('rounds-chart')).toBeNull();
    expect(screen.getByText('No rounds planned.')).toBeInTheDocument();
    expect(barsOf('ratings-chart')).toHaveLength(5);
  });
});
