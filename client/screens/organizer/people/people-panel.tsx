import { Show, type Accessor } from 'solid-js';
import type { OrganizerMentee, OrganizerMentor, OrganizerView } from '../../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import { consolePeople } from '../../../i18n/catalogues/console-people';
import type { OrganizerApi } from '../organizer-api';
import { AddPeerForm } from './add-peer-form';
import { AddPersonForm } from './add-person-form';
import { CsvImport } from './csv-import';
import { GroupRulesCard } from './group-rules-card';
import { PersonMail, type PersonMailDeps } from '../mail/person-mail';
import { useRoleWords } from '../role-words';
import { MenteeDetails, MentorDetails } from './person-details';
import {
  menteeDraft,
  menteeFromDraft,
  mentorDraft,
  mentorFromDraft,
  type MenteeBody,
  type MenteeDraft,
  type MentorBody,
  type MentorDraft,
} from './person-drafts';
import { MenteeFields, MentorFields } from './person-fields';
import { PersonList, type PersonEditor } from './person-list';
import type { RegistrationApi } from './registration-api';
import { RegistrationsList } from './registrations-list';
import { SignupCard } from './signup-card';
import { createSignupState } from './signup-state';

const mentorEditor: PersonEditor<OrganizerMentor, MentorDraft, MentorBody> = {
  start: mentorDraft,
  Fields: MentorFields,
  check: (d) => {
    const r = mentorFromDraft(d);
    return r.ok ? { ok: true, patch: r.mentor } : r;
  },
};

/**
 * People: the mentors and mentees in editable lists, adding one, the CSV import and self
 * sign-up. An edit is one call: the lists change when the server pushes the new view.
 */
export function PeoplePanel(props: {
  view: OrganizerView;
  http: OrganizerApi;
  clock?: Accessor<ClockSnapshot | null>;
  /** Open the review of the door changes (adding someone once the event runs is one). */
  review?: () => void;
  /** Each person's mail: its status, Send, the text to copy (none: not shown). */
  mail?: PersonMailDeps;
  /** Self sign-up's calls (none: the sign-up card and the sign-ups are not shown). */
  signup?: RegistrationApi;
}) {
  // Read while the panel is mounted, and again whenever the pushed view says a sign-up or decision happened.
  const signup = props.signup ? createSignupState(props.signup, () => props.view.signup?.changes) : null;
  const words = useRoleWords();
  const signupMentorName = (id: string) =>
    props.view.mentors.find((m) => m.id === id)?.name ??
    consolePeople.t('removedMentor', { mentor: words().inline.mentor });
  // Once the event runs with a plan, someone added is a walk-in (shared/event/rules/people.ts).
  const atTheDoor = () => {
    const status = (props.clock?.() ?? props.view.clock).status;
    return (status === 'running' || status === 'paused') && props.view.schedule !== null;
  };
  const mentorName = (id: string) => props.view.mentors.find((m) => m.id === id)?.name ?? id;
  const mentorNames = () => props.view.mentors.map((m) => m.name);
  const save = (id: string, patch: MentorBody | MenteeBody) => props.http.patchPerson(id, patch);
  const remove = (id: string) => props.http.deletePerson(id);
  // Wishes and avoid hold mentor ids; the editor shows and checks them by mentor name.
  const menteeEditor: PersonEditor<OrganizerMentee, MenteeDraft, MenteeBody> = {
    start: (m) => menteeDraft(m, mentorName),
    Fields: MenteeFields,
    check: (d) => {
      const r = menteeFromDraft(d, mentorNames(), words());
      return r.ok ? { ok: true, patch: r.mentee } : r;
    },
  };

  return (
    <div class="people-panel">
      <div class="people-lists">
        {signup && <RegistrationsList state={signup} mentorName={signupMentorName} />}
        <PersonList
          personRole="mentor"
          title={words().mentors}
          people={props.view.mentors}
          emptyText={consolePeople.t('noMentors', { mentors: words().inline.mentors })}
          details={(m) => (
            <>
              <MentorDetails mentor={m} />
              {props.mail && <PersonMail person={m} mail={props.mail} />}
            </>
          )}
          editor={mentorEditor}
          save={save}
          remove={remove}
        />
        <PersonList
          personRole="mentee"
          title={words().mentees}
          people={props.view.mentees}
          emptyText={consolePeople.t('noMentees', { mentees: words().inline.mentees })}
          details={(m) => (
            <>
              <MenteeDetails mentee={m} mentorName={mentorName} />
              {props.mail && <PersonMail person={m} mail={props.mail} />}
            </>
          )}
          editor={menteeEditor}
          save={save}
          remove={remove}
        />
      </div>
      <div class="people-add">
        <GroupRulesCard view={props.view} http={props.http} />
        {/* Peer rounds (issue 17): one pool, so the form adds peers only. */}
        <Show
          when={props.view.event.pairing !== 'peer'}
          fallback={<AddPeerForm add={(people) => props.http.addPeople(people)} />}
        >
          <AddPersonForm
            mentorNames={mentorNames}
            add={(people) => props.http.addPeople(people)}
            atTheDoor={atTheDoor}
            onReview={props.review}
          />
        </Show>
        <CsvImport importCsv={(text) => props.http.importCsv(text)} />
        {signup && <SignupCard state={signup} />}
      </div>
    </div>
  );
}
