/**
 * The console's People tab in another language (issue 19, the `consolePeople` namespace): the
 * console itself stays English until every area is converted, but the lists, a person's details,
 * editing, deleting, adding and the group rules must already read from the catalogue, with the
 * event's role words and the names filled in as placeholders.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrganizerView } from '../../../shared/protocol/views';
import { showLanguage } from '../../../client/i18n/current-language';
import { AddPeerForm } from '../../../client/screens/organizer/people/add-peer-form';
import { AddPersonForm } from '../../../client/screens/organizer/people/add-person-form';
import { GroupRulesCard } from '../../../client/screens/organizer/people/group-rules-card';
import { PeoplePanel } from '../../../client/screens/organizer/people/people-panel';
import { menteeFromDraft } from '../../../client/screens/organizer/people/person-drafts';
import { RoleWordsProvider } from '../../../client/screens/organizer/role-words';
import { fakeApi, viewFixture } from './fixtures';

afterEach(async () => {
  cleanup();
  await showLanguage('en');
});

/** The fixture with groups (seven, so the summary names five) and a priority. */
function grouped(): OrganizerView {
  const v = viewFixture();
  return {
    ...v,
    mentors: v.mentors.map((m, i) => ({ ...m, group: `G${i + 1}` })),
    mentees: v.mentees.map((m, i) => ({ ...m, group: `G${i + 3}`, ...(i === 0 ? { priority: 2 } : {}) })),
    event: { ...v.event },
  };
}
const sevenGroups = (): OrganizerView => {
  const v = grouped();
  return {
    ...v,
    mentees: [...v.mentees, { ...v.mentees[2]!, id: 'e4', name: 'Li', group: 'G6' }].concat({
      ...v.mentees[2]!,
      id: 'e5',
      name: 'Kim',
      group: 'G7',
    }),
  };
};

describe('the People tab in German', () => {
  it('lists people with their details and role words, and edits one', async () => {
    await showLanguage('de');
    render(() => <PeoplePanel view={grouped()} http={fakeApi()} />);
    expect(screen.getByRole('heading', { name: 'Mentoren (2)' })).toBeInTheDocument();
    const zoe = screen.getAllByTestId('mentee-item')[0]!;
    expect(zoe).toHaveTextContent('Wünsche: Grace Hopper');
    expect(within(zoe).getByTestId('person-group')).toHaveTextContent('Gruppe: G3');
    expect(within(zoe).getByTestId('person-priority')).toHaveTextContent('Priorität 2');
    expect(screen.getAllByTestId('mentee-item')[1]).toHaveTextContent('Meidet: 李雷');
    expect(screen.getAllByTestId('mentee-item')[1]).toHaveTextContent('Noch keine Fragen.');
    fireEvent.click(screen.getByRole('button', { name: 'Zoë bearbeiten' }));
    const form = screen.getByRole('form', { name: 'Zoë bearbeiten' });
    expect(within(form).getByLabelText('Wünsche (Mentoren, die die Person treffen möchte)')).toHaveValue(
      'Grace Hopper',
    );
    expect(within(form).getByText('Namen (Mentor), der wichtigste zuerst, getrennt durch ;')).toBeInTheDocument();
    fireEvent.input(within(form).getByLabelText(/^Meiden/), { target: { value: 'Grace Hoppr' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Speichern' }));
    expect(await within(form).findByText(/meinten Sie/)).toHaveTextContent(
      '„Grace Hoppr“ ist nicht als Mentor eingetragen – meinten Sie „Grace Hopper“?',
    );
    expect(within(form).getByRole('button', { name: 'Abbrechen' })).toBeInTheDocument();
  });

  it('asks before deleting, in the event’s own role words', async () => {
    await showLanguage('de');
    render(() => (
      <RoleWordsProvider labels={{ mentor: 'Investor', mentee: 'Founder' }}>
        <PeoplePanel view={viewFixture({ mentees: [] })} http={fakeApi()} />
      </RoleWordsProvider>
    ));
    expect(screen.getByText('Noch keine founders.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Grace Hopper löschen' }));
    const grace = screen.getAllByTestId('mentor-item')[0]!;
    expect(within(grace).getByText('investor Grace Hopper löschen?')).toBeInTheDocument();
    expect(within(grace).getByText(/mit dem eigenen Tisch/)).toHaveTextContent(
      'Grace Hopper wird mit dem eigenen Tisch aus der Veranstaltung entfernt. Planen Sie danach neu.',
    );
  });

  it('adds a walk-in and says what happened', async () => {
    await showLanguage('de');
    const http = fakeApi();
    render(() => (
      <AddPersonForm mentorNames={() => []} add={http.addPeople} atTheDoor={() => true} onReview={() => {}} />
    ));
    expect(screen.getByRole('heading', { name: 'Spontane Teilnahme hinzufügen' })).toBeInTheDocument();
    expect(screen.getByTestId('walk-in-note')).toHaveTextContent(/^Die Veranstaltung läuft/);
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Ana' } });
    fireEvent.input(screen.getByLabelText('Priorität'), { target: { value: 'hoch' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mentee hinzufügen' }));
    expect(await screen.findByText('muss eine ganze Zahl sein, etwa 0, 1 oder 2')).toBeInTheDocument();
    fireEvent.input(screen.getByLabelText('Priorität'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mentee hinzufügen' }));
    await waitFor(() =>
      expect(screen.getByTestId('add-done')).toHaveTextContent(
        'Mentee Ana hinzugefügt. Noch nicht in der Sitzordnung. Prüfen und übernehmen',
      ),
    );
  });

  it('names five groups and the rules', async () => {
    await showLanguage('de');
    render(() => <GroupRulesCard view={sevenGroups()} http={fakeApi()} />);
    expect(screen.getByTestId('group-rules-summary')).toHaveTextContent(
      '7 Gruppen unter den Personen (G1, G2, G3, G4, G5, …). Der Plan hält diese Regeln ein:',
    );
    expect(screen.getByRole('checkbox', { name: 'Mentees einer Gruppe an verschiedene Tische setzen' })).toBeChecked();
    expect(screen.getByText(/^Wie beim Meiden/)).toHaveTextContent(
      'Wie beim Meiden: Mentee sitzt nie am Tisch von Mentor aus der eigenen Firma oder dem Team.',
    );
  });
});

describe('the People tab in Chinese and Arabic', () => {
  it('adds a peer in Chinese', async () => {
    await showLanguage('zh-Hans');
    const add = vi.fn(async () => null);
    render(() => <AddPeerForm add={add} />);
    expect(screen.getByRole('heading', { name: '添加同伴' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '添加同伴' }));
    expect(await screen.findByText('请填写姓名。')).toBeInTheDocument();
    fireEvent.input(screen.getByLabelText('姓名'), { target: { value: '王芳' } });
    fireEvent.click(screen.getByRole('button', { name: '添加同伴' }));
    await waitFor(() => expect(screen.getByTestId('add-done')).toHaveTextContent('已添加同伴 王芳。'));
    expect(add).toHaveBeenCalledWith({ peers: [{ name: '王芳', wishes: [], avoid: [] }] });
  });

  it('counts the groups and says an unknown name in Arabic', async () => {
    await showLanguage('ar');
    render(() => <GroupRulesCard view={grouped()} http={fakeApi()} />);
    expect(screen.getByTestId('group-rules-summary')).toHaveTextContent(
      /^5 مجموعات بين الأشخاص \(G1، G2، G3، G4، G5\)/,
    );
    const checked = menteeFromDraft({ name: 'Ana', questions: '', wishes: 'X; Y', avoid: '' }, ['Grace']);
    expect(checked).toEqual({ ok: false, errors: { wishes: '«X»، «Y» ليسوا من مرشدين' } });
  });
});
