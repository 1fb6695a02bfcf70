import { createSignal, type JSX } from 'solid-js';
import { PersonName } from '../../ui/person-name';
import { QuestionList } from '../../ui/question-list';
import { readNote, writeNote } from './private-notes';

/** One mentee as the mentor sees them: name, prepared questions and a private note. */
export function MenteeCard(props: {
  id: string;
  name: string;
  questions: readonly string[] | null;
  noteKey: string;
}): JSX.Element {
  const [note, setNote] = createSignal(readNote(props.noteKey));
  const [stored, setStored] = createSignal(true);
  const fieldId = () => `note-${props.noteKey.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <article class="mentee-card" data-testid="mentee-card">
      <h3>
        <PersonName>{props.name}</PersonName>
      </h3>
      <QuestionList questions={props.questions} />
      <label for={fieldId()} class="small note-label">
        Private note <span class="muted">(stays on this device)</span>
      </label>
      <textarea
        id={fieldId()}
        rows="2"
        dir="auto"
        value={note()}
        onInput={(e) => {
          setNote(e.currentTarget.value);
          setStored(writeNote(props.noteKey, e.currentTarget.value));
        }}
      />
      {stored() ? null : <p class="error small">This browser does not allow saving notes.</p>}
    </article>
  );
}
