import { createMemo, type Accessor, type JSX } from 'solid-js';
import type { Locale } from 'date-fns';
import type { PersonPage } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import type { Ack } from '../../../shared/schemas/errors';
import { formatClockTime } from '../../live/clock-time';
import { createCues } from '../../live/cue-effect';
import { createPersonView } from '../../live/person-view';
import { vibrate } from '../../live/vibrate';
import { createWakeLock } from '../../live/wake-lock';
import { tableAndMentor } from '../../live/where-now';
import type { CheckInResult } from '../../ui/check-in-card';
import { PersonName } from '../../ui/person-name';
import { PersonScreenHead } from '../../ui/person-screen-head';
import { ScheduleTable } from '../../ui/schedule-table';
import { WakeLockToggle } from '../../ui/wake-lock-toggle';
import { FocusCard } from './focus-card';
import { menteeAnnouncement } from './mentee-text';
import { QuestionsEditor } from './questions-editor';

/** The one-minute warning: a buzz when a meeting has this long left. */
export const MENTEE_WARNING_MS = 60_000;

export interface MenteeScreenProps {
  me: PersonPage;
  clock: ClockSnapshot;
  serverNow: Accessor<number>;
  saveQuestions: (questions: string[]) => Promise<Ack<{ questions: string[] }>>;
  dateLocale?: Locale | null;
  /** Check myself in before the start (POST /api/me/check-in). */
  checkIn?: () => Promise<CheckInResult>;
}

/** The mentee's phone: where to be, the countdown, what is next, their questions and schedule. */
export function MenteeScreen(props: MenteeScreenProps): JSX.Element {
  const view = createPersonView(
    () => props.me,
    () => props.clock,
    props.serverNow,
  );
  const wake = createWakeLock();
  createCues(view.live, props.serverNow, () => MENTEE_WARNING_MS, vibrate);

  const timeText = (ms: number) => formatClockTime(ms, props.dateLocale ?? null);
  const timeOf = (round: number) => {
    const row = view.rows().find((r) => r.round === round);
    return row?.startsAt != null ? timeText(row.startsAt) : null;
  };
  const announcement = createMemo(() => menteeAnnouncement(view.where(), view.label()));

  return (
    <main class="person mentee" data-testid="mentee-screen">
      <PersonScreenHead
        me={props.me}
        view={view}
        serverNow={props.serverNow}
        announcement={announcement}
        checkIn={props.checkIn}
      >
        Hi <PersonName>{props.me.person.name}</PersonName>
      </PersonScreenHead>
      <FocusCard where={view.where()} timeOf={timeOf} />
      <WakeLockToggle control={wake} />
      <QuestionsEditor
        saved={props.me.person.questions}
        save={props.saveQuestions}
        readOnly={view.live().status === 'finished'}
      />
      <ScheduleTable
        caption="Your schedule"
        rows={view.rows()}
        whereHeader="Table"
        timeText={timeText}
        currentText={view.where().stage === 'meeting' ? 'Now' : 'Next'}
        where={(row) =>
          row.entry.table ? <span dir="auto">{tableAndMentor(row.entry)}</span> : <span class="muted">Sit out</span>
        }
      />
    </main>
  );
}
