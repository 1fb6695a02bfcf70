import { createEffect, createMemo, type Accessor, type JSX } from 'solid-js';
import type { ProjectorView, Snapshot } from '../../../shared/protocol/views';
import { projector } from '../../i18n/catalogues/projector';
import { InEventLanguage } from '../../i18n/in-event-language';
import { LanguageGate } from '../../i18n/language-gate';
import { createLiveConnection } from '../../live/live-connection';
import { readSecret } from '../../live/secrets';
import { createServerNow } from '../../live/server-now';
import { InvalidLink, LiveGate } from '../../ui/live-gate';
// Offline-first (issue 20): a projector reloaded with no network keeps counting from its last snapshot.
import { buildPhases } from '../../../shared/timeline';
import { formatClockTime } from '../../live/clock-time';
import { createDateLocale } from '../../live/date-locale';
import { liveClockAt } from '../../live/live-clock';
import { offlineBanner } from '../../live/offline-banner';
import { createOfflineFirst } from '../../live/offline-first';
import { offlineKv } from '../../live/offline-kv';
import { snapshotStore } from '../../live/snapshot-store';
import { PROJECTOR_GATE_TEXTS } from './projector-gate-texts';
import { offlineLine, ProjectorNotices } from './projector-notices';
import { ProjectorScreen } from './projector-screen';
import './projector.css';

/** Where the projector key is remembered, so the page reopens without its fragment. */
export const PROJECTOR_KEY = 'tablehop.projectorKey';

const projectorView = (s: Snapshot) => (s.role === 'projector' ? s.projector : null);

/** `/projector#key=…`: the big screen at the front of the room, in the event's language (issue 19). */
export default function ProjectorPage(): JSX.Element {
  return (
    <LanguageGate>
      <ProjectorLive />
    </LanguageGate>
  );
}

function ProjectorLive(): JSX.Element {
  const key = readSecret('key', PROJECTOR_KEY);
  if (!key)
    return (
      <InvalidLink
        reason={projector.t('noKey')}
        advice={PROJECTOR_GATE_TEXTS.invalidAdvice}
        words={PROJECTOR_GATE_TEXTS.words}
      />
    );

  const conn = createLiveConnection(key);
  const offline = createOfflineFirst(conn, snapshotStore(offlineKv(), key));
  const serverNow = createServerNow(offline.offsetMs);
  const dateLocale = createDateLocale();
  return (
    <LiveGate
      conn={{ ...conn, snapshot: offline.snapshot }}
      secretKey={PROJECTOR_KEY}
      select={projectorView}
      texts={PROJECTOR_GATE_TEXTS}
    >
      {(v) => {
        const clock = () => offline.clock() ?? v().clock;
        const phases = createMemo(() => buildPhases(v().event));
        // The shared banner decides when and why; its words are the projector's catalogue's.
        const banner = () => {
          const connecting = conn.status() === 'connecting';
          const at = offline.asOf();
          const b = offlineBanner({ asOf: at, connecting, clock: clock(), now: serverNow(), timeText: () => '' });
          return b && { ...b, text: offlineLine(b.reason, connecting, formatClockTime(at ?? 0, dateLocale())) };
        };
        return (
          <InEventLanguage locale={() => v().event.locale}>
            <ProjectorTitle view={v} />
            <ProjectorNotices banner={banner} clock={() => liveClockAt(clock(), phases(), serverNow())} />
            <ProjectorScreen view={v()} clock={clock()} serverNow={serverNow} />
          </InEventLanguage>
        );
      }}
    </LiveGate>
  );
}

/** The projector's title names the event, in the page's language. */
function ProjectorTitle(props: { view: Accessor<ProjectorView> }): null {
  createEffect(() => {
    document.title = projector.t('pageTitle', { event: props.view().event.name });
  });
  return null;
}
