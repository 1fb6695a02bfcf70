import type { SetStoreFunction } from 'solid-js/store';
import { TextField } from '../../../ui/organizer-field';
import { useRoleWords } from '../role-words';
import type { DraftErrors, MenteeDraft, MentorDraft } from './person-drafts';

/** What a group is for, under the field of either role. */
const GROUP_HINT = 'Optional: a company, team or school. With the group rules on, one group is kept apart';

/** The editable fields of a mentor (shared by "add" and "edit"). `idBase` keeps ids unique. */
export function MentorFields(props: {
  idBase: string;
  draft: MentorDraft;
  set: SetStoreFunction<MentorDraft>;
  errors: DraftErrors;
}) {
  return (
    <div class="person-fields">
      <TextField
        id={`${props.idBase}-name`}
        label="Name"
        value={props.draft.name}
        onValue={(v) => props.set('name', v)}
        error={props.errors.name}
        autocomplete="off"
      />
      <TextField
        id={`${props.idBase}-table`}
        label="Table"
        value={props.draft.table}
        onValue={(v) => props.set('table', v)}
        error={props.errors.table}
        hint="Empty: the next free T1, T2, …"
        class="field-short"
      />
      <TextField
        id={`${props.idBase}-topics`}
        label="Topics"
        value={props.draft.topics}
        onValue={(v) => props.set('topics', v)}
        error={props.errors.topics}
        hint="Separate with ;"
      />
      <TextField
        id={`${props.idBase}-bio`}
        label="Bio"
        multiline
        rows={2}
        value={props.draft.bio}
        onValue={(v) => props.set('bio', v)}
        error={props.errors.bio}
      />
      <TextField
        id={`${props.idBase}-group`}
        label="Group"
        value={props.draft.group ?? ''}
        onValue={(v) => props.set('group', v)}
        error={props.errors.group}
        hint={GROUP_HINT}
        autocomplete="off"
      />
      <TextField
        id={`${props.idBase}-meeting-url`}
        label="Video call link"
        value={props.draft.meetingUrl ?? ''}
        onValue={(v) => props.set('meetingUrl', v)}
        error={props.errors.meetingUrl}
        hint="Optional, for a remote table: an https:// link; phones show Join the call"
        autocomplete="off"
      />
    </div>
  );
}

/** The editable fields of a mentee; wishes and avoid name mentors (suggested from the list). */
export function MenteeFields(props: {
  idBase: string;
  draft: MenteeDraft;
  set: SetStoreFunction<MenteeDraft>;
  errors: DraftErrors;
}) {
  const words = useRoleWords();
  return (
    <div class="person-fields">
      <TextField
        id={`${props.idBase}-name`}
        label="Name"
        value={props.draft.name}
        onValue={(v) => props.set('name', v)}
        error={props.errors.name}
        autocomplete="off"
      />
      <TextField
        id={`${props.idBase}-questions`}
        label="Questions"
        multiline
        rows={3}
        value={props.draft.questions}
        onValue={(v) => props.set('questions', v)}
        error={props.errors.questions}
        hint="One per line"
      />
      <TextField
        id={`${props.idBase}-wishes`}
        label={`Wishes (${words().inline.mentors} to meet)`}
        value={props.draft.wishes}
        onValue={(v) => props.set('wishes', v)}
        error={props.errors.wishes}
        hint={`${words().mentor} names, most wanted first, separated by ;`}
      />
      <TextField
        id={`${props.idBase}-avoid`}
        label={`Avoid (${words().inline.mentors} not to meet)`}
        value={props.draft.avoid}
        onValue={(v) => props.set('avoid', v)}
        error={props.errors.avoid}
        hint={`${words().mentor} names separated by ;`}
      />
      <TextField
        id={`${props.idBase}-group`}
        label="Group"
        value={props.draft.group ?? ''}
        onValue={(v) => props.set('group', v)}
        error={props.errors.group}
        hint={GROUP_HINT}
        autocomplete="off"
      />
      <TextField
        id={`${props.idBase}-priority`}
        label="Priority"
        value={props.draft.priority ?? ''}
        onValue={(v) => props.set('priority', v)}
        error={props.errors.priority}
        hint="A whole number; where wishes compete, higher is served first. Empty: 0"
        inputmode="numeric"
        class="field-short"
      />
    </div>
  );
}
