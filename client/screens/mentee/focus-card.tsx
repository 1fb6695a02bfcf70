import { Match, Show, Switch, type JSX } from 'solid-js';
import type { RoleWords } from '../../../shared/labels/role-words';
import type { MyRound } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import type { Attendance } from '../../../shared/schemas/people';
import type { NoticeKind } from '../../live/attendance-phrases';
import type { HereAfterAll } from '../../live/here-after-all';
import type { MenteePhrases } from '../../live/phone-phrases';
import type { WhereNow } from '../../live/where-now';
import { phone } from '../../i18n/catalogues/phone';
import { JoinCall } from '../../ui/join-call';
import { NowNotice } from '../../ui/now-notice';
import { PersonName, PersonNames } from '../../ui/person-name';
import { MentorAbout } from './mentor-about';
import './mentee.css';

/** The table, big, with the mentor's name, topics and bio. */
function TableLine(props: {
  at: MyRound;
  lead: string;
  moving: boolean;
  peers?: boolean;
  words?: RoleWords | undefined;
}): JSX.Element {
  return (
    <>
      <p class="lead">{props.lead}</p>
      <p class={`table-line ${props.moving ? 'moving' : ''}`} data-testid="my-table">
        <span class="table-label">
          {/* Isolated left to right ("T3"), while the line itself keeps the page's side. */}
          <bdi dir="ltr">{props.at.table}</bdi>
        </span>
        <Show when={props.at.mentorName}>
          {(name) => (
            <span class="mentor-line">
              <span class="visually-hidden">{phone.t('withMentor')}</span>
              <PersonName class="mentor-name">{name()}</PersonName>
            </span>
          )}
        </Show>
      </p>
      <Show when={props.at.meetingUrl}>{(url) => <JoinCall url={url()} who={props.at.mentorName} />}</Show>
      <MentorAbout round={props.at} mentor={props.words?.inline.mentor} />
      <Show when={props.at.mentees.length > 0}>
        {/* Peer rounds (issue 17): the table-mates are who one meets, so they are named first. */}
        <p class={props.peers ? 'table-mates' : 'muted small'} data-testid="table-mates">
          {phone.rich(props.peers ? 'withNames' : 'alsoAtTable', {
            names: <PersonNames names={props.at.mentees.map((m) => m.name)} />,
          })}
        </p>
      </Show>
    </>
  );
}

/** What the page says in place of the table (attendance-phrases.ts), with what its words depend on. */
export interface FocusNotice {
  kind: NoticeKind;
  attendance: Attendance;
  status: ClockSnapshot['status'];
  here?: HereAfterAll | undefined;
}

/**
 * Where to be now (or where to go), or that this round is a sit-out; then the round after.
 * `notice` takes the card's place (the event ended, marked absent, …; see now-notice.tsx).
 */
export function FocusCard(props: {
  where: WhereNow;
  phrases: MenteePhrases;
  notice: FocusNotice | null;
  /** Peer rounds (issue 17): the table-mates are named as who one meets. */
  peers?: boolean;
  /** The event's role words (issue 17); left out: "mentor" and "mentee". */
  words?: RoleWords;
}): JSX.Element {
  const w = () => props.where;
  const p = () => props.phrases;
  return (
    <>
      <section class={`card focus focus-${w().stage}`} aria-label={phone.t('whereToBe')} data-testid="focus">
        <Switch>
          <Match when={props.notice}>
            {(n) => (
              <NowNotice
                kind={n().kind}
                who="mentee"
                attendance={n().attendance}
                status={n().status}
                here={n().here}
                roles={props.words}
              />
            )}
          </Match>
          <Match when={w().at?.table ? w().at : null}>
            {(at) => (
              <TableLine
                at={at()}
                lead={p().lead}
                moving={w().stage === 'changeover' || w().stage === 'break'}
                peers={props.peers}
                words={props.words}
              />
            )}
          </Match>
          <Match when={w().at}>
            <div data-testid="bye">
              <h2 class="bye-title">{p().lead}</h2>
              <p class="bye-detail">{p().detail}</p>
            </div>
          </Match>
        </Switch>
      </section>
      <Show when={!props.notice && p().next}>
        {(line) => (
          <section class="next-line card" aria-label={phone.t('next')} data-testid="next">
            <p class="next-text">
              <span class="next-kicker">{phone.t('next')}</span> <span dir="auto">{line()}</span>
            </p>
            <Show when={w().next?.table ? w().next : null}>
              {(next) => <MentorAbout round={next()} mentor={props.words?.inline.mentor} folded />}
            </Show>
          </section>
        )}
      </Show>
    </>
  );
}
