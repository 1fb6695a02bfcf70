import { Show, type JSX } from 'solid-js';
import { phone } from '../i18n/catalogues/phone';
import type { RoleWords } from '../../shared/labels/role-words';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import type { Attendance } from '../../shared/schemas/people';
import { noticeWords, type NoticeKind } from '../live/attendance-phrases';
import type { HereAfterAll } from '../live/here-after-all';

/**
 * The heading and text a personal page shows in place of its "now" card (for the page to
 * frame), in the words of attendance-phrases.ts; for someone marked absent or gone, the
 * "I'm here after all" button that tells the organizer.
 */
export function NowNotice(props: {
  kind: NoticeKind;
  /** Whose page: the words differ for a mentee and a mentor. */
  who: 'mentor' | 'mentee';
  attendance: Attendance;
  status: ClockSnapshot['status'];
  here?: HereAfterAll | undefined;
  /** The event's role words (issue 17); left out: "mentees". */
  roles?: RoleWords | undefined;
}): JSX.Element {
  const words = () => noticeWords(props.kind, props.who, props.attendance, props.status, props.roles);
  return (
    <div class={`now-notice notice-${props.kind}`} data-testid={`notice-${props.kind}`}>
      <h2>{words().title}</h2>
      <p class={props.kind === 'not-planned' ? 'muted' : ''}>{words().text}</p>
      <Show when={words().button !== null && props.here}>
        {(here) => (
          <>
            <button type="button" onClick={() => void here().send()} disabled={here().busy()}>
              {here().busy() ? phone.t('telling') : words().button}
            </button>
            <p role="status" class="error">
              {here().error() ?? ''}
            </p>
          </>
        )}
      </Show>
    </div>
  );
}
