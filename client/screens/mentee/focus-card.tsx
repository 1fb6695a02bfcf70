import { For, Match, Show, Switch, type JSX } from 'solid-js';
import type { MyRound } from '../../../shared/protocol/views';
import type { WhereNow } from '../../live/where-now';
import { NowNotice, nowNotice } from '../../ui/now-notice';
import { PersonName, PersonNames } from '../../ui/person-name';
import { byeText, nextLine, seatedLead } from './mentee-text';

/** The table, big, with the mentor's name and topics. */
function TableLine(props: { at: MyRound; lead: string; moving: boolean }): JSX.Element {
  return (
    <>
      <p class="lead">{props.lead}</p>
      <p class={`table-line ${props.moving ? 'moving' : ''}`} data-testid="my-table">
        <span class="table-label">{props.at.table}</span>
        <Show when={props.at.mentorName}>
          {(name) => (
            <span class="mentor-line">
              <span class="visually-hidden"> with </span>
              <PersonName class="mentor-name">{name()}</PersonName>
            </span>
          )}
        </Show>
      </p>
      <Show when={props.at.topics.length > 0}>
        <ul class="topics" aria-label="Topics">
          <For each={props.at.topics}>{(t) => <li dir="auto">{t}</li>}</For>
        </ul>
      </Show>
      <Show when={props.at.mentees.length > 0}>
        <p class="muted small">
          Also at the table: <PersonNames names={props.at.mentees.map((m) => m.name)} />
        </p>
      </Show>
    </>
  );
}

/** Where to be now (or where to go), or that this round is a bye; then the round after. */
export function FocusCard(props: { where: WhereNow; timeOf: (round: number) => string | null }): JSX.Element {
  const w = () => props.where;
  const notice = () => nowNotice(w());
  return (
    <>
      <section class={`card focus focus-${w().stage}`} aria-label="Where to be" data-testid="focus">
        <Switch>
          <Match when={notice()}>
            {(kind) => (
              <NowNotice
                kind={kind()}
                thanks="Thank you for taking part! Your schedule below shows everyone you met."
                whatAppears="Your table appears here"
              />
            )}
          </Match>
          <Match when={w().at?.table ? w().at : null}>
            {(at) => (
              <TableLine
                at={at()}
                lead={seatedLead(w().stage, w().round)}
                moving={w().stage === 'changeover' || w().stage === 'break'}
              />
            )}
          </Match>
          <Match when={w().at}>
            {(_) => {
              const text = () => byeText(w(), props.timeOf);
              return (
                <div data-testid="bye">
                  <h2 class="bye-title">{text().title}</h2>
                  <p class="bye-detail">{text().detail}</p>
                </div>
              );
            }}
          </Match>
        </Switch>
      </section>
      <Show when={!notice()}>
        <p class="next-line card" data-testid="next">
          <span class="next-kicker">Next</span> <span dir="auto">{nextLine(w().next)}</span>
        </p>
      </Show>
    </>
  );
}
