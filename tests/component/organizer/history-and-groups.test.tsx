import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../client/live/api';
import { GroupRulesCard } from '../../../client/screens/organizer/people/group-rules-card';
import { PeoplePanel } from '../../../client/screens/organizer/people/people-panel';
import { HistoryCard, historyAddedText } from '../../../client/screens/organizer/plan/history-card';
import { handFigures, qualityFigures } from '../../../client/screens/organizer/plan/quality-figures';
import type { QualityReport } from '../../../shared/planner/types';
import type { OrganizerView } from '../../../shared/protocol/views';
import { fakeApi, viewFixture } from './fixtures';

afterEach(cleanup);

/** Choose a file in a file input (happy-dom: set `files`, then fire change). */
function choose(input: HTMLElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const ADDED = {
  pairs: 7,
  added: 5,
  matched: { mentors: 2, mentees: 3 },
  unmatched: { mentors: [], mentees: ['Dee', 'Eve'] },
};

describe('HistoryCard', () => {
  function setup(view: OrganizerView = viewFixture()) {
    const http = fakeApi();
    const [v, push] = createSignal(view);
    render(() => <HistoryCard view={v()} http={http} />);
    return { http, push };
  }

  it('says none yet, uploads a backup file as its JSON and says what it added', async () => {
    const { http, push } = setup();
    expect(screen.getByTestId('history-summary')).toHaveTextContent(/^None yet\./);
    expect(screen.queryByRole('button', { name: 'Forget the earlier events' })).toBeNull();
    http.addHistory.mockResolvedValueOnce(ADDED);
    const backup = { format: 'tablehop-event-backup', version: 1, event: { id: 'old' } };
    choose(
      screen.getByLabelText('Add a backup file of an earlier event'),
      new File([JSON.stringify(backup)], 'old.json', { type: 'application/json' }),
    );
    await waitFor(() => expect(http.addHistory).toHaveBeenCalledWith(backup));
    await waitFor(() =>
      expect(screen.getByTestId('history-status')).toHaveTextContent(
        'Added 5 pairs: 2 mentors and 3 mentees of this event were there; 7 pairs known in all. ' +
          'Not in this event: Dee, Eve.',
      ),
    );
    // The count comes with the server's push of the view.
    push({ ...viewFixture(), history: { pairs: 7, repeats: 0 } });
    expect(screen.getByTestId('history-summary')).toHaveTextContent('Earlier events: 7 pairs met before.');
    push({
      ...viewFixture(),
      history: { pairs: 7, repeats: 2 },
      schedule: { mentors: [], mentees: [], rounds: [] },
    });
    expect(screen.getByTestId('history-summary')).toHaveTextContent(
      'Earlier events: 7 pairs met before. This plan seats 2 meetings of such a pair again.',
    );
  });

  it("shows the server's reason when a file is refused, and a file that is not JSON without sending it", async () => {
    const { http } = setup();
    http.addHistory.mockRejectedValueOnce(
      new ApiError(400, 'bad_request', 'This backup was changed or cut short after it was downloaded'),
    );
    const input = screen.getByLabelText('Add a backup file of an earlier event');
    choose(input, new File(['{"format":"tablehop-event-backup"}'], 'edited.json'));
    await waitFor(() =>
      expect(screen.getByTestId('history-status')).toHaveTextContent(
        'The file was not added: This backup was changed or cut short after it was downloaded',
      ),
    );
    expect(screen.getByTestId('history-status').querySelector('.error')).not.toBeNull();
    choose(input, new File(['not json'], 'notes.txt'));
    await waitFor(() => expect(screen.getByTestId('history-status')).toHaveTextContent(/notes\.txt is not JSON/));
    expect(http.addHistory).toHaveBeenCalledTimes(1);
  });

  it('forgets the earlier events with one button', async () => {
    const { http } = setup({ ...viewFixture(), history: { pairs: 3, repeats: 0 } });
    http.clearHistory.mockResolvedValueOnce({ pairs: 0, removed: 3 });
    fireEvent.click(screen.getByRole('button', { name: 'Forget the earlier events' }));
    await waitFor(() => expect(http.clearHistory).toHaveBeenCalledTimes(1));
    await waitFor(() =>
      expect(screen.getByTestId('history-status')).toHaveTextContent('Forgot 3 pairs met at earlier events.'),
    );
  });

  it('words an upload that added nothing new', () => {
    expect(historyAddedText({ ...ADDED, added: 0, unmatched: { mentors: [], mentees: [] } })).toBe(
      'No new pairs (all were known already): 2 mentors and 3 mentees of this event were there; 7 pairs known in all.',
    );
    const many = Array.from({ length: 11 }, (_, i) => `P${i + 1}`);
    expect(historyAddedText({ ...ADDED, unmatched: { mentors: [], mentees: many } })).toMatch(
      /Not in this event: P1, P2, P3, P4, P5, P6, P7, P8 and 3 more\.$/,
    );
  });
});

describe('GroupRulesCard', () => {
  const grouped = (over: Partial<OrganizerView['event']> = {}): OrganizerView => {
    const v = viewFixture();
    return {
      ...v,
      event: { ...v.event, ...over },
      mentors: v.mentors.map((m, i) => (i === 0 ? { ...m, group: 'ACME' } : m)),
      mentees: v.mentees.map((m, i) => (i === 1 ? { ...m, group: 'Uni' } : m)),
    };
  };

  it('is not shown while nobody has a group', () => {
    render(() => <GroupRulesCard view={viewFixture()} http={fakeApi()} />);
    expect(screen.queryByTestId('group-rules')).toBeNull();
  });

  it('shows both rules on by default once someone has a group; a change is one PATCH of the settings', async () => {
    const http = fakeApi();
    render(() => <GroupRulesCard view={grouped()} http={http} />);
    const card = screen.getByTestId('group-rules');
    expect(card).toHaveTextContent('2 groups among the people (ACME, Uni).');
    const apart = within(card).getByRole('checkbox', { name: 'Keep mentees of one group at different tables' });
    const own = within(card).getByRole('checkbox', { name: 'Nobody meets a mentor of their own group' });
    expect(apart).toBeChecked();
    expect(own).toBeChecked();
    fireEvent.click(own);
    await waitFor(() =>
      expect(http.patchSettings).toHaveBeenCalledWith({ groups: { menteesApart: true, notOwnGroupMentor: false } }),
    );
  });

  it('shows the rules as set, and puts a box back when the server refuses', async () => {
    const http = fakeApi();
    http.patchSettings.mockRejectedValueOnce(new ApiError(409, 'conflict', 'the event has ended'));
    render(() => (
      <GroupRulesCard view={grouped({ groups: { menteesApart: false, notOwnGroupMentor: true } })} http={http} />
    ));
    const apart = screen.getByRole('checkbox', { name: 'Keep mentees of one group at different tables' });
    expect(apart).not.toBeChecked();
    fireEvent.click(apart);
    await waitFor(() =>
      expect(screen.getByTestId('group-rules')).toHaveTextContent(
        'Could not change the group rules: the event has ended',
      ),
    );
    expect(apart).not.toBeChecked();
  });

  it('the People tab shows it, with each group and a priority in the lists, and edits them', async () => {
    const http = fakeApi();
    const v = grouped();
    const view = { ...v, mentees: v.mentees.map((m, i) => (i === 0 ? { ...m, priority: 2 } : m)) };
    render(() => <PeoplePanel view={view} http={http} />);
    expect(screen.getByTestId('group-rules')).toBeInTheDocument();
    expect(screen.getAllByTestId('mentor-item')[0]).toHaveTextContent('Group: ACME');
    expect(screen.getAllByTestId('mentee-item')[0]).toHaveTextContent('Priority 2');
    expect(screen.getAllByTestId('mentee-item')[1]).toHaveTextContent('Group: Uni');
    expect(within(screen.getAllByTestId('mentee-item')[2]!).queryByTestId('person-priority')).toBeNull();

    // A mentee: group taken away, priority changed.
    fireEvent.click(screen.getByRole('button', { name: 'Edit عمر' }));
    let form = screen.getByRole('form', { name: 'Edit عمر' });
    expect(within(form).getByLabelText('Group')).toHaveValue('Uni');
    fireEvent.input(within(form).getByLabelText('Group'), { target: { value: ' ' } });
    fireEvent.input(within(form).getByLabelText('Priority'), { target: { value: '-1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(http.patchPerson).toHaveBeenCalledWith('e2', {
        name: 'عمر',
        questions: [],
        wishes: [],
        avoid: ['李雷'],
        group: '',
        priority: -1,
      }),
    );

    // A bad priority is refused before anything is sent.
    fireEvent.click(screen.getByRole('button', { name: 'Edit Zoë' }));
    form = screen.getByRole('form', { name: 'Edit Zoë' });
    expect(within(form).getByLabelText('Priority')).toHaveValue('2');
    fireEvent.input(within(form).getByLabelText('Priority'), { target: { value: 'high' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByLabelText('Priority')).toHaveAccessibleDescription(/must be a whole number/);
    expect(http.patchPerson).toHaveBeenCalledTimes(1);

    // A mentor gets a group.
    fireEvent.click(screen.getByRole('button', { name: 'Edit 李雷' }));
    form = screen.getByRole('form', { name: 'Edit 李雷' });
    fireEvent.input(within(form).getByLabelText('Group'), { target: { value: ' Lab ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(http.patchPerson).toHaveBeenCalledWith('m2', {
        name: '李雷',
        table: 'T2',
        topics: [],
        bio: '',
        group: 'Lab',
      }),
    );
  });

  it('adds a person with a group, leaving an empty priority out', async () => {
    const http = fakeApi();
    render(() => <PeoplePanel view={viewFixture()} http={http} />);
    const form = screen.getByRole('form', { name: 'Add a person' });
    fireEvent.input(within(form).getByLabelText('Name'), { target: { value: 'Kim' } });
    fireEvent.input(within(form).getByLabelText('Group'), { target: { value: 'ACME' } });
    fireEvent.input(within(form).getByLabelText('Priority'), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add mentee' }));
    await waitFor(() =>
      expect(http.addPeople).toHaveBeenCalledWith({
        mentees: [{ name: 'Kim', questions: [], wishes: [], avoid: [], group: 'ACME' }],
      }),
    );
  });
});

describe('the quality figures of the organizer hand', () => {
  const base: QualityReport = {
    rounds: 3,
    mentors: 3,
    mentees: 5,
    tableCapacity: 2,
    meetings: 9,
    distinctMeetings: 9,
    coverageBound: 9,
    coverageRatio: 1,
    repeatMeetings: 0,
    avoidableRepeats: 0,
    byes: { min: 1, max: 2, spread: 1, total: 6, forced: 0, forcedMentees: 0, partTime: 0, partTimeMax: 0 },
    idleSeats: { min: 0, max: 0, spread: 0, total: 0 },
    repeatedPeerPairs: 0,
    wishes: { met: 3, total: 4, ratio: 0.75, topMet: 2, topTotal: 3 },
    oneTableOn: { moves: 0, total: 0, share: 0 },
    avoidViolations: 0,
    capacityViolations: 0,
    placementViolations: 0,
  };

  it('adds nothing when none applies (one priority level, no history, no groups, no pins)', () => {
    const none = {
      ...base,
      pins: { total: 0, held: 0, unheld: [] },
      wishesByPriority: [{ priority: 0, mentees: 5, firstWishes: 3, firstWishesMet: 2, wishes: 4, wishesMet: 3 }],
      metBeforePairs: 0,
      repeatsFromHistory: 0,
      groups: { groupedMentees: 0, groupedMentors: 0, menteesSharingTable: 0, minimumPossible: 0, ownGroupMeetings: 0 },
    };
    expect(handFigures(none)).toEqual([]);
    expect(qualityFigures(none)).toEqual(qualityFigures(base));
  });

  it('shows each new figure when present, before the rules kept', () => {
    const f = qualityFigures({
      ...base,
      pins: { total: 2, held: 1, unheld: [{ menteeId: 'e1', mentorId: 'm1', reason: 'Zoë avoids Grace' }] },
      wishesByPriority: [
        { priority: 2, mentees: 1, firstWishes: 1, firstWishesMet: 1, wishes: 2, wishesMet: 2 },
        { priority: 0, mentees: 4, firstWishes: 2, firstWishesMet: 1, wishes: 2, wishesMet: 1 },
      ],
      metBeforePairs: 6,
      repeatsFromHistory: 1,
      groups: { groupedMentees: 4, groupedMentors: 1, menteesSharingTable: 1, minimumPossible: 0, ownGroupMeetings: 0 },
    });
    expect(f.map((x) => x.label)).toEqual([
      'Different meetings',
      'Sitting out',
      'Wishes met',
      'Wishes by priority',
      'Met at earlier events',
      'Groups',
      'Pinned meetings',
      'Rules kept',
    ]);
    expect(f[3]).toEqual({
      label: 'Wishes by priority',
      value: '1 of 1 first wishes',
      detail:
        'priority 2 (1 mentee): first wishes 1 of 1, wishes 2 of 2; ' +
        'priority 0 (4 mentees): first wishes 1 of 2, wishes 1 of 2',
    });
    expect(f[4]).toMatchObject({ value: '1 meeting again', detail: expect.stringMatching(/^6 pairs met/) });
    expect(f[5]).toMatchObject({ value: '1 pair together' });
    expect(f[6]).toEqual({ label: 'Pinned meetings', value: '1 of 2 held', detail: 'not held: Zoë avoids Grace' });
  });
});
