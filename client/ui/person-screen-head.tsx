import type { Accessor, JSX } from 'solid-js';
import type { PersonPage } from '../../shared/protocol/views';
import { createCues } from '../live/cue-effect';
import { PHONE_WARNING_MS } from '../live/cues';
import type { PersonView } from '../live/person-view';
import type { PhaseLine } from '../live/phone-phrases';
import { vibrate } from '../live/vibrate';
import { CheckInCard, type CheckInResult } from './check-in-card';
import { PhaseAnnouncer } from './phase-announcer';
import { PhaseBar } from './phase-bar';
import { ScheduleChangedNotice } from './schedule-changed-notice';

/**
 * The top of a mentee's or mentor's page: the event name over a greeting (`children`, the h1's
 * content), a changed schedule, the phase announced and shown with its countdown (which turns
 * to "Last minute" a minute before a meeting ends, with a buzz where the phone allows it), and
 * the check-in before the start.
 */
export function PersonScreenHead(props: {
  me: PersonPage;
  view: PersonView;
  serverNow: Accessor<number>;
  /** The phase in this person's words (phone-phrases.ts). */
  phrases: Accessor<PhaseLine>;
  checkIn?: (() => Promise<CheckInResult>) | undefined;
  children: JSX.Element;
}): JSX.Element {
  createCues(props.view.live, props.serverNow, () => PHONE_WARNING_MS, vibrate);
  const announcement = () => props.phrases().announcement;
  return (
    <>
      <header class="person-head">
        <p class="event-name" dir="auto">
          {props.me.event.name}
        </p>
        <h1 class="hello">{props.children}</h1>
      </header>
      <ScheduleChangedNotice me={() => props.me} clock={props.view.live} />
      <PhaseAnnouncer text={announcement} />
      <PhaseBar
        clock={props.view.live()}
        phrases={props.phrases()}
        serverNow={props.serverNow}
        warnMs={PHONE_WARNING_MS}
      />
      <CheckInCard attendance={props.me.person.attendance} status={props.view.live().status} checkIn={props.checkIn} />
    </>
  );
}
