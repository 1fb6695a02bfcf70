import { Index, Show, type JSX } from 'solid-js';
import type { RoleLabels } from '../../../shared/schemas/role-labels';
import { join } from '../../i18n/catalogues/join';
import { roleParams } from './role-params';

/** The most questions a mentee may bring, and the longest one (the server's limits). */
export const MAX_QUESTIONS = 10;
export const MAX_QUESTION_CHARS = 500;

/**
 * A mentee's prepared questions, one box each with Remove, like the questions editor on their
 * page; the form owns the list and sends it with the sign-up. `errors` are by box index.
 */
export function QuestionsField(props: {
  items: readonly string[];
  setItems: (items: string[]) => void;
  errorAt: (index: number) => string | undefined;
  listError?: string | undefined;
  /** The event's own role words (issue 17): "Your investors see them". */
  labels?: RoleLabels | undefined;
}): JSX.Element {
  const edit = (i: number, text: string) => props.setItems(props.items.map((x, j) => (j === i ? text : x)));
  const remove = (i: number) => props.setItems(props.items.filter((_, j) => j !== i));
  const add = () => {
    props.setItems([...props.items, '']);
    queueMicrotask(() => document.getElementById(`signup-question-${props.items.length - 1}`)?.focus());
  };
  return (
    <fieldset class="join-fieldset questions">
      <legend>{join.t('questionsLegend')}</legend>
      <p class="muted small">{join.t('questionsHint', { ...roleParams(props.labels), max: MAX_QUESTIONS })}</p>
      <ol class="question-edit-list">
        <Index each={props.items}>
          {(q, i) => (
            <li>
              <label for={`signup-question-${i}`} class="small">
                {join.t('questionNumber', { n: i + 1 })}
              </label>
              <div class="question-row">
                <textarea
                  id={`signup-question-${i}`}
                  rows="2"
                  dir="auto"
                  maxLength={MAX_QUESTION_CHARS}
                  value={q()}
                  aria-invalid={props.errorAt(i) ? true : undefined}
                  aria-describedby={props.errorAt(i) ? `signup-question-${i}-error` : undefined}
                  onInput={(e) => edit(i, e.currentTarget.value)}
                />
                <button
                  type="button"
                  class="secondary small-button"
                  aria-label={join.t('removeQuestion', { n: i + 1 })}
                  onClick={() => remove(i)}
                >
                  {join.t('remove')}
                </button>
              </div>
              <Show when={props.errorAt(i)}>
                {(e) => (
                  <p class="error field-error" id={`signup-question-${i}-error`}>
                    {e()}
                  </p>
                )}
              </Show>
            </li>
          )}
        </Index>
      </ol>
      <button type="button" class="secondary" onClick={add} disabled={props.items.length >= MAX_QUESTIONS}>
        {join.t('addQuestion')}
      </button>
      <Show when={props.items.length >= MAX_QUESTIONS}>
        <p class="muted small">{join.t('questionsFull')}</p>
      </Show>
      <Show when={props.listError}>{(e) => <p class="error">{e()}</p>}</Show>
    </fieldset>
  );
}
