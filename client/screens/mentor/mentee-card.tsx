import type { JSX } from 'solid-js';
import { PersonName } from '../../ui/person-name';
import { QuestionList } from '../../ui/question-list';

/**
 * One mentee as the mentor sees them at the table: name and prepared questions. The private
 * note about the meeting is on the meeting's feedback card (stored on the server, one per
 * meeting), not here, so that one meeting never has two note fields.
 */
export function MenteeCard(props: { name: string; questions: readonly string[] | null; mentee?: string }): JSX.Element {
  return (
    <article class="mentee-card" data-testid="mentee-card">
      <h3>
        <PersonName>{props.name}</PersonName>
      </h3>
      <QuestionList questions={props.questions} mentee={props.mentee} />
    </article>
  );
}
