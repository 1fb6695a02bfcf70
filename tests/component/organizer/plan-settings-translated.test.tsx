/**
 * The Plan tab's settings and figures in another language (issue 19): the timing line, the
 * format choices and what a pick says, the planned start and its checks, the earlier events,
 * the role names card, planning and the quality figures, and the sentences the replan review
 * borrows. The console still shows English (nothing switches it yet); these catch a key that
 * falls back to English. The role words are the page language's unless the event named its roles: placeholders.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { plan } from '../../../shared/planner';
import type { QualityReport } from '../../../shared/planner/types';
import type { OrganizerView } from '../../../shared/protocol/views';
import { showLanguage } from '../../../client/i18n/current-language';
import { historyAddedText } from '../../../client/screens/organizer/plan/history-card';
import { PlanPanel } from '../../../client/screens/organizer/plan/plan-panel';
import { qualityChange } from '../../../client/screens/organizer/plan/quality-figures';
import { startFromInputs } from '../../../client/screens/organizer/plan/start-time';
import { fakeApi, viewFixture } from './fixtures';

afterEach(async () => {
  cleanup();
  await showLanguage('en');
});

function plannedView(): OrganizerView {
  const v = viewFixture();
  const schedule = plan(
    { rounds: 2, tableCapacity: 1 },
    v.mentors.map(({ id, name, table }) => ({ id, name, table })),
    v.mentees.map(({ id, name, wishes, avoid }) => ({ id, name, wishes, avoid })),
    { seed: 1 },
  );
  return { ...v, schedule, scheduleVersion: 1, history: { pairs: 4, repeats: 1 } } as OrganizerView;
}

const card = (name: string) => screen.getByRole('heading', { name }).closest('section, form') as HTMLElement;

describe('the Plan tab, translated', () => {
  it('German: the settings card, its format choices and what a pick says', async () => {
    await showLanguage('de');
    const http = fakeApi();
    render(() => <PlanPanel view={plannedView()} http={http} clock={() => null} />);
    expect(screen.getByRole('heading', { name: 'Zeiten und Tische' })).toBeInTheDocument();
    expect(screen.getByTestId('timing-summary')).toHaveTextContent(
      /^2 Runden à 10 Min\., 1 Min\. zum Wechseln, bis zu 1 Mentee pro Tisch \(Runden wie geplant\)\.$/,
    );
    expect(screen.getByRole('button', { name: 'Einstellungen ändern' })).toBeInTheDocument();
    const who = screen.getByRole('group', { name: 'Wer wechselt?' });
    expect(within(who).getByLabelText('Mentoren wechseln, Mentees bleiben sitzen')).toBeInTheDocument();
    const pairing = screen.getByRole('group', { name: 'Paarung' });
    fireEvent.click(within(pairing).getByLabelText('Peers (alle treffen alle)'));
    await waitFor(() =>
      expect(within(pairing).getByRole('status')).toHaveTextContent(
        'Gespeichert: Peer-Runden. Der Plan wurde neu erstellt.',
      ),
    );
    expect(http.patchSettings).toHaveBeenCalledWith({ pairing: 'peer' });
  });

  it('German: the planned start says what is wrong, then the time saved in German', async () => {
    await showLanguage('de');
    expect(startFromInputs('2030-06-14', '')).toEqual({ ok: false, error: 'Geben Sie die Startzeit ein, etwa 18:30.' });
    expect(startFromInputs('2030-02-30', '18:30')).toEqual({
      ok: false,
      error: 'Dieses Datum oder diese Uhrzeit gibt es nicht.',
    });
    render(() => <PlanPanel view={plannedView()} http={fakeApi()} clock={() => null} />);
    const start = screen.getByRole('form', { name: 'Geplanter Start' });
    fireEvent.input(within(start).getByLabelText('Datum'), { target: { value: '2030-06-14' } });
    fireEvent.click(within(start).getByRole('button', { name: 'Startzeit speichern' }));
    expect(screen.getByTestId('start-status')).toHaveTextContent('Geben Sie die Startzeit ein, etwa 18:30.');
    fireEvent.input(within(start).getByLabelText('Startzeit'), { target: { value: '18:30' } });
    fireEvent.click(within(start).getByRole('button', { name: 'Startzeit speichern' }));
    await waitFor(() =>
      expect(screen.getByTestId('start-status')).toHaveTextContent('Geplanter Start: Freitag, 14. Juni 2030 um 18:30.'),
    );
  });

  it('German: planning, the quality figures, the earlier events and the role names', async () => {
    await showLanguage('de');
    render(() => <PlanPanel view={plannedView()} http={fakeApi()} clock={() => null} />);
    expect(screen.getByRole('heading', { name: 'Die Rotation' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Eine andere Aufteilung versuchen' }));
    await waitFor(() =>
      expect(screen.getByTestId('plan-status')).toHaveTextContent('Mit einem neuen Startwert neu geplant.'),
    );
    const quality = screen.getByTestId('plan-quality');
    expect(quality).toHaveTextContent('Verschiedene Treffen');
    expect(quality).toHaveTextContent('Erfüllte Wünsche1 von 1');
    expect(quality).toHaveTextContent('Eingehaltene RegelnAlle');
    expect(screen.getByRole('heading', { name: 'Sitzordnung nach Runde' })).toBeInTheDocument();
    expect(screen.getByLabelText('Nach Person')).toBeInTheDocument();
    expect(screen.getByTestId('history-summary')).toHaveTextContent(
      'Frühere Veranstaltungen: 4 Paare haben sich schon getroffen. Dieser Plan setzt 1 Treffen eines solchen ' +
        'Paares erneut an.',
    );
    expect(screen.getByRole('button', { name: 'Die früheren Veranstaltungen vergessen' })).toBeInTheDocument();
    const names = card('Rollennamen und Sprache');
    expect(within(names).getByRole('button', { name: 'Namen und Sprache speichern' })).toBeInTheDocument();
    fireEvent.click(within(names).getByRole('button', { name: 'Namen und Sprache speichern' }));
    expect(screen.getByTestId('role-names-status')).toHaveTextContent('Nichts zu speichern: keine Änderung.');
    expect(
      historyAddedText({
        pairs: 7,
        added: 5,
        matched: { mentors: 1, mentees: 3 },
        unmatched: { mentors: [], mentees: ['Dee'] },
      }),
    ).toBe(
      '5 Paare hinzugefügt: 1 Mentor und 3 Mentees dieser Veranstaltung waren dabei; insgesamt 7 Paare bekannt. ' +
        'Nicht in dieser Veranstaltung: Dee.',
    );
  });

  it('Simplified Chinese: the headings, the figures and what a replan changes', async () => {
    await showLanguage('zh-Hans');
    render(() => <PlanPanel view={plannedView()} http={fakeApi()} clock={() => null} />);
    expect(screen.getByRole('heading', { name: '时间与桌子' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '这个安排好不好？' })).toBeInTheDocument();
    expect(screen.getByTestId('plan-quality')).toHaveTextContent('满足的心愿1 / 1');
    expect(screen.getByRole('group', { name: '谁换桌？' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '以往活动' })).toBeInTheDocument();
    // Only what qualityChange reads: the people, the rounds and the figures it compares.
    const report = (over: object) =>
      ({
        mentees: 3,
        mentors: 2,
        rounds: 2,
        wishes: { met: 1 },
        coverageBound: 4,
        distinctMeetings: 4,
        placementViolations: 0,
        byes: { total: 2, forced: 0 },
        ...over,
      }) as unknown as QualityReport;
    expect(qualityChange(report({}), report({ mentees: 4, distinctMeetings: 5 }))).toBe(
      '多 1 名学员参加；不同的见面从 4 升至 5。',
    );
  });
});
