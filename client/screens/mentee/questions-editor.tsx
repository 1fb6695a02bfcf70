import { createEffect, createSignal, Index, Match, on, Show, Switch, type JSX } from 'solid-js';
import type { Accessor } from 'solid-js';
import type { Ack } from '../../../shared/schemas/errors';
import type { QuestionsSave } from '../../live/questions-outbox';
import { common } from '../../i18n/catalogues/common';
import { phone } from '../../i18n/catalogues/phone';
import { phoneAckErrorText } from '../../live/phone-error-text';
import { questionProblemText } from './question-problem-text';
import { cleanQuestions, questionProblemOf, sameQuestions, type QuestionProblem } from './questions-draft';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** Kept on this phone (the outbox) until the server can take it. */
  | { kind: 'queued' }
  /** The problems stay coded, so they follow a switch of language from the menu. */
  | { kind: 'error'; message: () => string; problems: QuestionProblem[] };

type AckError = Extract<Ack<never>, { ok: false }>['error'];

/** What the outbox says about edits sent later (issue 20): the list waiting, and a later refusal. */
export interface QuestionsPending {
  waiting: Accessor<string[] | null>;
  refusal: Accessor<AckError | null>;
}

// With field issues, the server's message only sums them up in English: the list below says each.
const refusedState = (error: AckError): SaveState => ({
  kind: 'error',
  message: error.issues?.length
    ? () => phone.t('notSavedFix')
    : () => phone.t('notSavedBecause', { reason: phoneAckErrorText(error) }),
  problems: (error.issues ?? []).map(questionProblemOf),
});

/**
 * The mentee's prepared questions, one box each, saved with `questions:update`. Shows
 * "Saved" once the server acknowledged, and why not otherwise. While the person has unsaved
 * edits, news from the server does not overwrite them. With an outbox (`pending`), an edit
 * made offline reads "kept on this phone" until the server took it, or says why it refused.
 */
export function QuestionsEditor(props: {
  saved: readonly string[];
  save: (questions: string[]) => Promise<QuestionsSave | Ack<{ questions: string[] }>>;
  readOnly?: boolean;
  pending?: QuestionsPending;
  /** The event's word for mentors inside a sentence (issue 17: "investors"); left out, "mentors". */
  mentors?: string;
}): JSX.Element {
  const [items, setItems] = createSignal<string[]>([...props.saved]);
  // The list as last saved, which the boxes started from: edits are measured against it.
  const [baseline, setBaseline] = createSignal<string[]>([...props.saved]);
  const [state, setState] = createSignal<SaveState>({ kind: 'idle' });
  const dirty = () => !sameQuestions(cleanQuestions(items()).questions, baseline());

  createEffect(
    on(
      () => [...props.saved],
      (saved) => {
        // A refused edit stays in the boxes (as the message says) until the person changes it.
        if (state().kind === 'saving' || state().kind === 'error' || dirty()) return;
        setItems(saved);
        setBaseline(saved);
      },
      { defer: true },
    ),
  );

  // The outbox delivered what waited (or the server refused it) after this page said "kept".
  createEffect(
    on(
      () => [props.pending?.waiting() ?? null, props.pending?.refusal() ?? null] as const,
      ([waiting, refused]) => {
        if (refused && (state().kind === 'queued' || state().kind === 'idle')) setState(refusedState(refused));
        else if (waiting === null && state().kind === 'queued') setState({ kind: 'saved' });
        else if (waiting !== null && state().kind === 'idle' && !dirty()) setState({ kind: 'queued' });
      },
    ),
  );

  const edit = (i: number, text: string) => {
    setItems((xs) => xs.map((x, j) => (j === i ? text : x)));
    if (state().kind === 'saved') setState({ kind: 'idle' });
  };
  const add = () => {
    setItems((xs) => [...xs, '']);
    queueMicrotask(() => document.getElementById(`question-${items().length - 1}`)?.focus());
  };
  const remove = (i: number) => {
    setItems((xs) => xs.filter((_, j) => j !== i));
    setState({ kind: 'idle' });
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const { questions, problems } = cleanQuestions(items());
    if (problems.length > 0) {
      setState({ kind: 'error', message: () => phone.t('notSavedFix'), problems });
      return;
    }
    setState({ kind: 'saving' });
    const r = await props.save(questions);
    if (r.ok) {
      setItems([...r.data.questions]);
      setBaseline([...r.data.questions]);
      setState({ kind: 'queued' in r && r.queued ? 'queued' : 'saved' });
    } else setState(refusedState(r.error));
  };

  return (
    <section class="card questions" aria-labelledby="questions-heading">
      <h2 id="questions-heading">{phone.t('questionsHeading')}</h2>
      <p class="muted small">{phone.t('questionsHint', { mentors: props.mentors ?? common.t('roleMentorsInline') })}</p>
      <form onSubmit={submit} data-testid="questions-form">
        <ol class="question-edit-list">
          <Index each={items()}>
            {(q, i) => (
              <li>
                <label for={`question-${i}`} class="small">
                  {phone.t('questionN', { n: i + 1 })}
                </label>
                <div class="question-row">
                  <textarea
                    id={`question-${i}`}
                    rows="2"
                    dir="auto"
                    value={q()}
                    readOnly={props.readOnly}
                    onInput={(e) => edit(i, e.currentTarget.value)}
                  />
                  <Show when={!props.readOnly}>
                    <button
                      type="button"
                      class="secondary small-button"
                      aria-label={phone.t('removeQuestion', { n: i + 1 })}
                      onClick={() => remove(i)}
                    >
                      {phone.t('remove')}
                    </button>
                  </Show>
                </div>
              </li>
            )}
          </Index>
        </ol>
        <Show when={items().length === 0}>
          <p class="muted">{phone.t('noQuestionsYet')}</p>
        </Show>
        <Show when={!props.readOnly}>
          <div class="actions">
            <button type="button" class="secondary" onClick={add} disabled={items().length >= 30}>
              {phone.t('addQuestion')}
            </button>
            <button type="submit" disabled={state().kind === 'saving'}>
              {state().kind === 'saving' ? phone.t('saving') : phone.t('saveQuestions')}
            </button>
          </div>
        </Show>
        <div role="status" aria-live="polite" class="save-state" data-testid="save-state">
          <Switch>
            <Match when={state().kind === 'saved'}>
              <span class="ok">{phone.t('saved')}</span>
            </Match>
            <Match when={state().kind === 'queued'}>
              <span class="muted" data-testid="questions-queued">
                {phone.t('keptOnPhone')}
              </span>
            </Match>
            <Match when={state().kind === 'error' && (state() as Extract<SaveState, { kind: 'error' }>)}>
              {(s) => (
                <div class="error">
                  <p>{s().message()}</p>
                  <Show when={s().problems.length > 0}>
                    <ul>
                      <Index each={s().problems}>{(p) => <li>{questionProblemText(p())}</li>}</Index>
                    </ul>
                  </Show>
                </div>
              )}
            </Match>
            <Match when={state().kind === 'idle' && dirty() && !props.readOnly}>
              <span class="muted">{phone.t('unsaved')}</span>
            </Match>
          </Switch>
        </div>
      </form>
    </section>
  );
}
