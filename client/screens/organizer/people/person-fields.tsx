import type { SetStoreFunction } from 'solid-js/store';
import { TextField } from '../../../ui/organizer-field';
import { consolePeople } from '../../../i18n/catalogues/console-people';
import { useRoleWords } from '../role-words';
import type { DraftErrors, MenteeDraft, MentorDraft } from './person-drafts';

const { t } = consolePeople;

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
        label={t('fieldName')}
        value={props.draft.name}
        onValue={(v) => props.set('name', v)}
        error={props.errors.name}
        autocomplete="off"
      />
      <TextField
        id={`${props.idBase}-table`}
        label={t('fieldTable')}
        value={props.draft.table}
        onValue={(v) => props.set('table', v)}
        error={props.errors.table}
        hint={t('tableHint')}
        class="field-short"
      />
      <TextField
        id={`${props.idBase}-topics`}
        label={t('fieldTopics')}
        value={props.draft.topics}
        onValue={(v) => props.set('topics', v)}
        error={props.errors.topics}
        hint={t('topicsHint')}
      />
      <TextField
        id={`${props.idBase}-bio`}
        label={t('fieldBio')}
        multiline
        rows={2}
        value={props.draft.bio}
        onValue={(v) => props.set('bio', v)}
        error={props.errors.bio}
      />
      <TextField
        id={`${props.idBase}-group`}
        label={t('fieldGroup')}
        value={props.draft.group ?? ''}
        onValue={(v) => props.set('group', v)}
        error={props.errors.group}
        hint={t('groupHint')}
        autocomplete="off"
      />
      <TextField
        id={`${props.idBase}-meeting-url`}
        label={t('fieldMeetingUrl')}
        value={props.draft.meetingUrl ?? ''}
        onValue={(v) => props.set('meetingUrl', v)}
        error={props.errors.meetingUrl}
        hint={t('meetingUrlHint')}
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
        label={t('fieldName')}
        value={props.draft.name}
        onValue={(v) => props.set('name', v)}
        error={props.errors.name}
        autocomplete="off"
      />
      <TextField
        id={`${props.idBase}-questions`}
        label={t('fieldQuestions')}
        multiline
        rows={3}
        value={props.draft.questions}
        onValue={(v) => props.set('questions', v)}
        error={props.errors.questions}
        hint={t('questionsHint')}
      />
      <TextField
        id={`${props.idBase}-wishes`}
        label={t('fieldWishes', { mentors: words().inline.mentors })}
        value={props.draft.wishes}
        onValue={(v) => props.set('wishes', v)}
        error={props.errors.wishes}
        hint={t('wishesHint', { Mentor: words().mentor })}
      />
      <TextField
        id={`${props.idBase}-avoid`}
        label={t('fieldAvoid', { mentors: words().inline.mentors })}
        value={props.draft.avoid}
        onValue={(v) => props.set('avoid', v)}
        error={props.errors.avoid}
        hint={t('avoidHint', { Mentor: words().mentor })}
      />
      <TextField
        id={`${props.idBase}-group`}
        label={t('fieldGroup')}
        value={props.draft.group ?? ''}
        onValue={(v) => props.set('group', v)}
        error={props.errors.group}
        hint={t('groupHint')}
        autocomplete="off"
      />
      <TextField
        id={`${props.idBase}-priority`}
        label={t('fieldPriority')}
        value={props.draft.priority ?? ''}
        onValue={(v) => props.set('priority', v)}
        error={props.errors.priority}
        hint={t('priorityHint')}
        inputmode="numeric"
        class="field-short"
      />
    </div>
  );
}
