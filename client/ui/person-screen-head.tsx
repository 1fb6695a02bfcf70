import type { Accessor, JSX } from 'solid-js';
import type { PersonPage } from '../../shared/protocol/views';
import type { PersonView } from '../live/person-view';
import { CheckInCard, type CheckInResult } from './check-in-card';
import { PhaseAnnouncer } from './phase-announcer';
import { PhaseBar } from './phase-bar';
import { ScheduleChangedNotice } from './schedule-changed-notice';

/**
 * The top of a mentee's or mentor's page: the event name over a greeting (`children`, the h1's
 * content), a changed schedule, the phase announced and shown with its countdown, and the
 * check-in before the start.
 */
export function PersonScreenHead(props: {
  me: PersonPage;
  view: PersonView;
  serverNow: Accessor<number>;
  /** What the live region says when the phase changes. */
  announcement: Accessor<string>;
  checkIn?: (() => Promise<CheckInResult>) | undefined;
  children: JSX.Element;
}): JSX.Element {
  return (
    <>
      <header class="person-head">
        <p class="event-name" dir="auto">
          {props.me.event.name}
        </p>
        <h1 class="hello">{props.children}</h1>
      </header>
      <ScheduleChangedNotice me={() => props.me} clock={props.view.live} />
      <PhaseAnnouncer text={props.announcement} />
      <PhaseBar clock={props.view.live()} label={props.view.label()} serverNow={props.serverNow} />
      <CheckInCard attendance={props.me.person.attendance} status={props.view.live().status} checkIn={props.checkIn} />
    </>
  );
}
