import { Match, Switch, type JSX } from 'solid-js';
import { questionsAnswerSchema } from '../../shared/protocol/answers';
import type { Snapshot } from '../../shared/protocol/views';
import type { Ack } from '../../shared/schemas/errors';
import { checkInWith } from '../live/check-in';
import { createDateLocale } from '../live/date-locale';
import { tellHere } from '../live/here-after-all';
import { createLiveConnection } from '../live/live-connection';
import { readSecret } from '../live/secrets';
import { createServerNow } from '../live/server-now';
import { InvalidLink, LiveGate, type LiveGateTexts } from '../ui/live-gate';
import { MenteeScreen } from './mentee/mentee-screen';
import { MentorScreen } from './mentor/mentor-screen';
import '../ui/person.css';

/** Where a personal token is remembered, so the page reopens without its fragment. */
export const PERSON_TOKEN_KEY = 'tablehop.personToken';

const TEXTS: LiveGateTexts = {
  connecting: 'Getting your schedule from the event.',
  deleted: 'The organizer has deleted this event, so there is no schedule to show any more.',
  invalidAdvice: 'Open the personal link from your invitation again, or ask the organizer for it.',
  wrongLink: {
    title: 'This is not a personal link',
    text: 'This page is for mentors and mentees. Organizer and projector links open their own pages.',
    testId: 'not-personal',
  },
};

type MeSnapshot = Extract<Snapshot, { role: 'mentor' | 'mentee' }>;
const mine = (s: Snapshot): MeSnapshot | null => (s.role === 'mentor' || s.role === 'mentee' ? s : null);

/** `/p#token=…`: a mentee's or mentor's personal page, by the role the server answers with. */
export default function PersonPage(): JSX.Element {
  const token = readSecret('token', PERSON_TOKEN_KEY);
  if (!token) return <InvalidLink reason="It has no personal code." advice={TEXTS.invalidAdvice} />;

  const conn = createLiveConnection(token);
  const serverNow = createServerNow(conn.offsetMs);
  const dateLocale = createDateLocale();
  const checkIn = () => checkInWith(token);
  const hereAfterAll = () => tellHere(conn);
  // The ack is network input like any answer: parsed with the schema the server answers with.
  const saveQuestions = async (questions: string[]): Promise<Ack<{ questions: string[] }>> => {
    const r = await conn.request<unknown>((ack) => conn.socket.emit('questions:update', { questions }, ack));
    if (!r.ok) return r;
    const parsed = questionsAnswerSchema.safeParse(r.data);
    return parsed.success
      ? { ok: true, data: parsed.data }
      : {
          ok: false,
          error: {
            code: 'internal',
            message: 'The server sent an answer this page does not understand. Reload the page.',
          },
        };
  };

  return (
    <LiveGate conn={conn} secretKey={PERSON_TOKEN_KEY} select={mine} texts={TEXTS}>
      {(me) => {
        const clock = () => conn.clock() ?? me().me.clock;
        return (
          <Switch>
            <Match when={me().role === 'mentee'}>
              <MenteeScreen
                me={me().me}
                clock={clock()}
                serverNow={serverNow}
                saveQuestions={saveQuestions}
                dateLocale={dateLocale()}
                checkIn={checkIn}
                hereAfterAll={hereAfterAll}
              />
            </Match>
            <Match when={me().role === 'mentor'}>
              <MentorScreen
                me={me().me}
                clock={clock()}
                serverNow={serverNow}
                dateLocale={dateLocale()}
                checkIn={checkIn}
                hereAfterAll={hereAfterAll}
              />
            </Match>
          </Switch>
        );
      }}
    </LiveGate>
  );
}
