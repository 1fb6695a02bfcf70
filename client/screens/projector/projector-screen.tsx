import { createMemo, createSignal, Show, type Accessor, type JSX } from 'solid-js';
import type { ProjectorView } from '../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../shared/schemas/clock';
import { buildPhases } from '../../../shared/timeline';
import { createCues } from '../../live/cue-effect';
import { clockCue } from '../../live/cues';
import { liveClockAt } from '../../live/live-clock';
import { localRoleWords } from '../../i18n/role-words';
import { PhaseAnnouncer } from '../../ui/phase-announcer';
import { createChime } from './chime';
import { ProjectorClock } from './projector-clock';
import { ProjectorControls } from './projector-controls';
import { MentorMovesList } from './mentor-moves-list';
import { mentorMovesOf } from './mentor-moves';
import { SeatingBoard } from './seating-board';
import { projectorHeadline } from './projector-headline';
import { seatingOf } from './seating';
import { parseWarnSeconds, WARN_STORAGE_KEY } from './warn-setting';

function storedWarn(): string | null {
  try {
    return localStorage.getItem(WARN_STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The projector: event name, phase and round, a huge countdown, and (before the start and in
 * a changeover or break) the seating of the coming round by table.
 */
export function ProjectorScreen(props: {
  view: ProjectorView;
  clock: ClockSnapshot;
  serverNow: Accessor<number>;
}): JSX.Element {
  // With the phase lengths the clock runs on locally, so a missed broadcast (a projector
  // laptop that lost the Wi-Fi) still shows the right phase and countdown.
  const phases = createMemo(() => buildPhases(props.view.event));
  const live = createMemo(() => liveClockAt(props.clock, phases(), props.serverNow()));
  const [warnSeconds, setWarnSignal] = createSignal(parseWarnSeconds(window.location.search, storedWarn()));
  const setWarnSeconds = (s: number) => {
    setWarnSignal(s);
    try {
      localStorage.setItem(WARN_STORAGE_KEY, String(s));
    } catch {
      /* the setting just is not remembered */
    }
  };
  const chime = createChime();
  createCues(
    live,
    props.serverNow,
    () => warnSeconds() * 1000,
    (cue) => chime.play(cue),
  );

  const mentorsMove = () => props.view.event.moving === 'mentors';
  // The event's own words for the roles (issue 17), else the page language's.
  const words = () => localRoleWords(props.view.event.labels);
  const headline = createMemo(() => projectorHeadline(live(), true, mentorsMove(), words()));
  // Before the start, round 1; in a changeover or break, the round people are moving to.
  const seatingRound = createMemo(() => {
    const c = live();
    if (c.status === 'idle') return 1;
    if ((c.status === 'running' || c.status === 'paused') && c.phase && c.phase.kind !== 'meeting')
      return c.phase.round;
    return null;
  });
  const seating = createMemo(() => {
    const r = seatingRound();
    return r === null ? null : { round: r, ...seatingOf(props.view, r) };
  });
  const hasSeating = () => (seating()?.rows.length ?? 0) > 0;
  // Mentors moving: where each one walks for the coming round, over the seating.
  const moves = createMemo(() => {
    const r = seatingRound();
    return r === null ? [] : mentorMovesOf(props.view, r);
  });
  const ticking = () => live().status === 'running' || live().status === 'paused';
  // Seen, not only heard: the digits turn red in the last `warnSeconds` of a meeting and say
  // "Last minute", and a paused clock says "Paused", whether or not the sound is on.
  const cue = () => clockCue(live(), props.serverNow(), warnSeconds() * 1000);

  return (
    <main
      class={`projector ${hasSeating() ? 'with-seating' : 'solo'} kind-${live().phase?.kind ?? live().status}`}
      data-testid="projector-screen"
      data-cue={cue() ?? undefined}
    >
      <PhaseAnnouncer text={headline} />
      <header class="projector-head">
        <p class="projector-event" dir="auto">
          {props.view.event.name}
        </p>
        <h1 class="projector-phase" data-testid="phase-label">
          {projectorHeadline(live(), false, mentorsMove(), words())}
        </h1>
      </header>
      <Show when={ticking()}>
        <ProjectorClock clock={live()} serverNow={props.serverNow} cue={cue()} warnMs={warnSeconds() * 1000} />
      </Show>
      <Show when={moves().length > 0}>
        <MentorMovesList moves={moves()} mentors={words().mentors} />
      </Show>
      <Show when={hasSeating() ? seating() : null}>
        {(s) => <SeatingBoard round={s().round} rows={s().rows} byes={s().byes} serverNow={props.serverNow} />}
      </Show>
      <ProjectorControls chime={chime} warnSeconds={warnSeconds} setWarnSeconds={setWarnSeconds} />
    </main>
  );
}
