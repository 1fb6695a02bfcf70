import { createEffect, Match, Switch, type JSX } from 'solid-js';
import { createLiveConnection } from '../../live/live-connection';
import { forgetSecret, readSecret } from '../../live/secrets';
import { createServerNow } from '../../live/server-now';
import { ConnectionNotice } from '../../ui/connection-notice';
import { StatusScreen } from '../../ui/status-screen';
import { ProjectorScreen } from './projector-screen';
import './projector.css';

/** Where the projector key is remembered, so the page reopens without its fragment. */
export const PROJECTOR_KEY = 'tablehop.projectorKey';

function InvalidProjectorLink(props: { reason?: string }): JSX.Element {
  return (
    <StatusScreen title="This link is not valid" tone="error" testId="invalid-link">
      <p>{props.reason ?? 'It may be incomplete or out of date.'} Copy the projector link from the organizer console again.</p>
    </StatusScreen>
  );
}

/** `/projector#key=…`: the big screen at the front of the room. */
export default function ProjectorPage(): JSX.Element {
  const key = readSecret('key', PROJECTOR_KEY);
  if (!key) return <InvalidProjectorLink reason="It has no projector key." />;

  const conn = createLiveConnection(key);
  const serverNow = createServerNow(conn.offsetMs);
  const view = () => {
    const s = conn.snapshot();
    return s?.role === 'projector' ? s.projector : null;
  };
  createEffect(() => {
    if (conn.deleted() || conn.status() === 'refused') forgetSecret(PROJECTOR_KEY);
  });

  return (
    <>
      <ConnectionNotice status={conn.status} />
      <Switch
        fallback={
          <StatusScreen title="Connecting…" testId="connecting">
            <p class="muted">Getting the event from the server.</p>
          </StatusScreen>
        }
      >
        <Match when={conn.deleted()}>
          <StatusScreen title="This event was deleted" testId="event-deleted">
            <p>The organizer has deleted this event.</p>
          </StatusScreen>
        </Match>
        <Match when={conn.status() === 'refused'}>
          <InvalidProjectorLink />
        </Match>
        <Match when={conn.snapshot() && !view()}>
          <StatusScreen title="This is not the projector link" tone="error" testId="not-projector">
            <p>Open the projector link shown in the organizer console.</p>
          </StatusScreen>
        </Match>
        <Match when={view()}>
          {(v) => <ProjectorScreen view={v()} clock={conn.clock() ?? v().clock} serverNow={serverNow} />}
        </Match>
      </Switch>
    </>
  );
}
