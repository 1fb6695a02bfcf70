import { createMemo, For, Show, untrack, type JSX } from 'solid-js';
import type { RoleWords } from '../../../shared/labels/role-words';
import type { MeetingsAnswer } from '../../../shared/protocol/after-talk';
import type { PersonPage } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { afterTalk } from '../../i18n/catalogues/after-talk';
import { localRoleWords } from '../../i18n/role-words';
import type { FeedbackOutbox } from '../../live/feedback-outbox';
import { FeedbackCard } from './feedback-card';
import { feedbackRounds, type FeedbackRound } from './feedback-rounds';
import { SharingSettings } from './sharing-settings';
import './feedback.css';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The feedback cards of a phone, below the focus card so they never cover the countdown: one
 * fold per round that has begun, newest first and open, each with a card per person sat with;
 * then what I share with mutual follow-ups. Nothing before the first round begins.
 */
export function AfterTalkSection(props: {
  me: PersonPage;
  /** The live clock (moved on by itself at phase boundaries). */
  clock: ClockSnapshot;
  now: number;
  meetings: MeetingsAnswer | null;
  outbox: FeedbackOutbox;
}): JSX.Element {
  const rounds = createMemo(() => feedbackRounds(props.me, props.clock, props.meetings, props.now));
  // The clock ticks every second: the folds and cards are keyed by round and person so that
  // a tick never rebuilds a field being typed in.
  const keys = createMemo(() => rounds().map((r) => String(r.round)), [], { equals: sameList });
  const roundOf = (key: string): FeedbackRound | undefined => rounds().find((r) => String(r.round) === key);
  // A fresh answer's forgetDelivered() is called by the wrapper the page mounts (lazy-after-talk-section.tsx).

  return (
    <Show when={keys().length > 0}>
      <section class="card after-talk" aria-labelledby="after-talk-title" data-testid="after-talk">
        <h2 id="after-talk-title">{afterTalk.t('afterTalk')}</h2>
        <p class="muted small">{afterTalk.t('ratingsPrivate')}</p>
        <For each={keys()}>
          {(key, index) => (
            <RoundFold
              round={() => roundOf(key)}
              open={untrack(index) === 0}
              outbox={props.outbox}
              peer={props.me.event.pairing === 'peer'}
              words={localRoleWords(props.me.event.labels)}
            />
          )}
        </For>
        <Show when={props.meetings}>{(answer) => <SharingSettings answer={answer()} outbox={props.outbox} />}</Show>
      </section>
    </Show>
  );
}

function RoundFold(props: {
  round: () => FeedbackRound | undefined;
  open: boolean;
  outbox: FeedbackOutbox;
  peer: boolean;
  words: RoleWords;
}) {
  const ids = createMemo(() => props.round()?.people.map((p) => p.id) ?? [], [], { equals: sameList });
  const personOf = (id: string) => props.round()?.people.find((p) => p.id === id);
  return (
    <Show when={props.round()}>
      {(r) => (
        <details class="feedback-round" open={props.open} data-testid={`feedback-round-${r().round}`}>
          <summary>
            {afterTalk.t('feedbackRound', { round: r().round })}
            <Show when={r().table}>{(t) => <span dir="auto"> · {t()}</span>}</Show>
          </summary>
          <For each={ids()}>
            {(id) => (
              <Show when={personOf(id)}>
                {(person) => (
                  <FeedbackCard
                    round={r().round}
                    person={person()}
                    outbox={props.outbox}
                    peer={props.peer}
                    words={props.words}
                  />
                )}
              </Show>
            )}
          </For>
        </details>
      )}
    </Show>
  );
}
