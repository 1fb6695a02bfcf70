import { createMemo, type JSX } from 'solid-js';
import type { Snapshot } from '../../../shared/protocol/views';
import { createLiveConnection } from '../../live/live-connection';
import { readSecret } from '../../live/secrets';
import { createServerNow } from '../../live/server-now';
import { InvalidLink, LiveGate, type LiveGateTexts } from '../../ui/live-gate';
// Offline-first (issue 20): a projector reloaded with no network keeps counting from its last snapshot.
import { buildPhases } from '../../../shared/timeline';
import { formatClockTime } from '../../live/clock-time';
import { liveClockAt } from '../../live/live-clock';
import { offlineBanner } from '../../live/offline-banner';
import { createOfflineFirst } from '../../live/offline-first';
import { offlineKv } from '../../live/offline-kv';
import { snapshotStore } from '../../live/snapshot-store';
import { OfflineBanner } from '../../ui/offline-banner';
import { UpdatePrompt } from '../../ui/update-prompt';
import { ProjectorScreen } from './projector-screen';
import './projector.css';

/** Where the projector key is remembered, so the page reopens without its fragment. */
export const PROJECTOR_KEY = 'tablehop.projectorKey';

const TEXTS: LiveGateTexts = {
  connecting: 'Getting the event from the server.',
  deleted: 'The organizer has deleted this event.',
  invalidAdvice: 'Copy the projector link from the organizer console again.',
  wrongLink: {
    title: 'This is not the projector link',
    text: 'Open the projector link shown in the organizer console.',
    testId: 'not-projector',
  },
};

const projectorView = (s: Snapshot) => (s.role === 'projector' ? s.projector : null);

/** `/projector#key=…`: the big screen at the front of the room. */
export default function ProjectorPage(): JSX.Element {
  const key = readSecret('key', PROJECTOR_KEY);
  if (!key) return <InvalidLink reason="It has no projector key." advice={TEXTS.invalidAdvice} />;

  const conn = createLiveConnection(key);
  const offline = createOfflineFirst(conn, snapshotStore(offlineKv(), key));
  const serverNow = createServerNow(offline.offsetMs);
  return (
    <LiveGate
      conn={{ ...conn, snapshot: offline.snapshot }}
      secretKey={PROJECTOR_KEY}
      select={projectorView}
      texts={TEXTS}
    >
      {(v) => {
        const clock = () => offline.clock() ?? v().clock;
        const phases = createMemo(() => buildPhases(v().event));
        const banner = () =>
          offlineBanner({
            asOf: offline.asOf(),
            connecting: conn.status() === 'connecting',
            clock: clock(),
            now: serverNow(),
            timeText: (ms) => formatClockTime(ms, null),
          });
        return (
          <>
            <div class="projector-notices">
              <OfflineBanner banner={banner} />
              <UpdatePrompt clock={() => liveClockAt(clock(), phases(), serverNow())} />
            </div>
            <ProjectorScreen view={v()} clock={clock()} serverNow={serverNow} />
          </>
        );
      }}
    </LiveGate>
  );
}
