import { Show, type JSX } from 'solid-js';
import type { WhereNow } from '../live/where-now';

/** Why a personal page has nothing to show for "now": the event has ended, or the rounds are not planned yet. */
export type NowNoticeKind = 'ended' | 'not-planned';

/** Pure: the notice a personal page shows in place of its "now" card, or null when there is a round to show. */
export function nowNotice(w: Pick<WhereNow, 'stage' | 'at'>): NowNoticeKind | null {
  if (w.stage === 'ended') return 'ended';
  return w.at ? null : 'not-planned';
}

/**
 * The heading and line of that notice, for the page to frame. Mentee and mentor say the same
 * thing in their own words: how they are thanked, and what will appear once the rounds are planned.
 */
export function NowNotice(props: { kind: NowNoticeKind; thanks: string; whatAppears: string }): JSX.Element {
  return (
    <Show
      when={props.kind === 'ended'}
      fallback={
        <>
          <h2>Your schedule is not ready yet</h2>
          <p class="muted">{props.whatAppears} as soon as the organizer has planned the rounds.</p>
        </>
      }
    >
      <h2>The event has ended</h2>
      <p>{props.thanks}</p>
    </Show>
  );
}
