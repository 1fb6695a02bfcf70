import { For, Show, type JSX } from 'solid-js';
import { common } from '../i18n/catalogues/common';
import { phone } from '../i18n/catalogues/phone';

/**
 * A mentee's prepared questions, read-only (what a mentor sees). `mentee`: the event's word for
 * one, inside a sentence (issue 17: "this founder"); left out, "mentee".
 */
export function QuestionList(props: {
  questions: readonly string[] | null;
  emptyText?: string;
  mentee?: string;
}): JSX.Element {
  return (
    <Show
      when={props.questions && props.questions.length > 0}
      fallback={
        <p class="muted small">
          {props.questions === null
            ? phone.t('questionsLater', { mentee: props.mentee ?? common.t('roleMenteeInline') })
            : (props.emptyText ?? phone.t('noQuestionsPrepared'))}
        </p>
      }
    >
      <ul class="question-list">
        <For each={props.questions}>{(q) => <li dir="auto">{q}</li>}</For>
      </ul>
    </Show>
  );
}
