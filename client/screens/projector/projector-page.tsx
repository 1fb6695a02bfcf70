import type { JSX } from 'solid-js';
import type { Snapshot } from '../../../shared/protocol/views';
import { createLiveConnection } from '../../live/live-connection';
import { readSecret } from '../../live/secrets';
import { createServerNow } from '../../live/server-now';
import { InvalidLink, LiveGate, type LiveGateTexts } from '../../ui/live-gate';
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
  const serverNow = createServerNow(conn.offsetMs);
  return (
    <LiveGate conn={conn} secretKey={PROJECTOR_KEY} select={projectorView} texts={TEXTS}>
      {(v) => <ProjectorScreen view={v()} clock={conn.clock() ?? v().clock} serverNow={serverNow} />}
    </LiveGate>
  );
}
