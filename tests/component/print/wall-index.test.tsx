import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../../client/screens/print/mentee-index';
import type { PrintContext } from '../../../client/screens/print/print-context';
import { WallIndexPage } from '../../../client/screens/print/wall-index';
import { viewFixture } from '../organizer/fixtures';

const entry = (name: string, tables: (string | null)[]): IndexEntry => ({
  id: name,
  name,
  initial: name[0]!.normalize('NFD')[0]!.toUpperCase(),
  tables,
});

function ctx(times: (number | null)[]): PrintContext {
  return {
    view: () => viewFixture(),
    times: () => times,
    basis: () => 'planned',
    timeText: (ms) => `${new Date(ms).getUTCHours()}:${String(new Date(ms).getUTCMinutes()).padStart(2, '0')}`,
    dateText: () => 'Friday',
    zone: () => null,
    paper: () => 'a4',
    orientation: 'landscape',
  };
}

afterEach(cleanup);

describe('WallIndexPage', () => {
  it('a row per mentee: their letter where it begins, a table per round, — for sitting out', () => {
    const columns = [[entry('Ana', ['T1', null]), entry('Émile', [null, 'T2']), entry('Eva', ['T2', 'T1'])]];
    const at = Date.UTC(2030, 5, 14, 17, 30);
    render(() => (
      <WallIndexPage
        ctx={ctx([at, at + 720_000])}
        page={{ columns, rounds: { from: 1, to: 2 } }}
        number={1}
        count={1}
        splitRounds={false}
        dense={false}
      />
    ));
    const page = screen.getByTestId('index-page');
    expect(within(page).getByRole('heading', { level: 2 })).toHaveTextContent('Night: find your table');
    // One page: no range or page number, only how to read it.
    expect(page.querySelector('.wall-head p')).toHaveTextContent(
      /^Mentees A–Z: find your name and read across; — sits/,
    );
    expect(page.querySelector('.wall-head p')).not.toHaveTextContent('page');
    const heads = [...page.querySelectorAll('thead tr:nth-child(2) th')].map((th) => th.textContent);
    expect(heads).toEqual(['117:30', '217:42']);
    const rows = [...page.querySelectorAll('tbody tr')].map((tr) => [
      tr.querySelector('.index-initial')!.textContent,
      tr.querySelector('.index-person')!.textContent,
      ...[...tr.querySelectorAll('td')].map((td) => td.textContent),
    ]);
    expect(rows).toEqual([
      ['A', 'Ana', 'T1', '—'],
      ['E', 'Émile', '—', 'T2'],
      ['', 'Eva', 'T2', 'T1'],
    ]);
    expect(page.querySelectorAll('tr.index-letter')).toHaveLength(2);
    // A short list is printed larger.
    expect(page).toHaveClass('index-roomy');
  });

  it('on one of several pages says which names (and, when split, which rounds) it holds', () => {
    const columns = [[entry('Ana', ['T1'])], [entry('Bo', ['T2'])]];
    render(() => (
      <WallIndexPage
        ctx={ctx([null, null, null])}
        page={{ columns, rounds: { from: 3, to: 3 } }}
        number={2}
        count={3}
        splitRounds={true}
        dense={true}
      />
    ));
    const page = screen.getByTestId('index-page');
    expect(page.querySelector('.wall-head p')).toHaveTextContent(/Ana – Bo, rounds 3–3 · page 2 of 3$/);
    expect(page.querySelectorAll('table')).toHaveLength(2);
    expect([...page.querySelectorAll('thead tr:nth-child(2) th')].map((th) => th.textContent)).toEqual(['3', '3']);
    expect(page).toHaveClass('index-dense');
    expect(page).not.toHaveClass('index-roomy');
  });
});
