import { For, Show, type JSX } from 'solid-js';

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
            ? `Questions will appear when this ${props.mentee ?? 'mentee'} is next at your table.`
            : (props.emptyText ?? 'No questions prepared.')}
        </p>
      }
    >
      <ul class="question-list">
        <For each={props.questions}>{(q) => <li dir="auto">{q}</li>}</For>
      </ul>
    </Show>
  );
}
