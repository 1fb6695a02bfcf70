import type { SetStoreFunction } from 'solid-js/store';
import { TextField } from '../../../ui/organizer-field';
import type { DraftErrors, MenteeDraft, MentorDraft } from './person-drafts';

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
        label="Wishes (mentors to meet)"
        value={props.draft.wishes}
        onValue={(v) => props.set('wishes', v)}
        error={props.errors.wishes}
        hint="Mentor names, most wanted first, separated by ;"
      />
      <TextField
        id={`${props.idBase}-avoid`}
        label="Avoid (mentors not to meet)"
        value={props.draft.avoid}
        onValue={(v) => props.set('avoid', v)}
        error={props.errors.avoid}
        hint="Mentor names separated by ;"
      />
    </div>
  );
}
