import { createEffect, createMemo, createSignal, on, Show, type Accessor, type JSX } from 'solid-js';
import { phone } from '../i18n/catalogues/phone';
import type { PersonPage } from '../../shared/protocol/views';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import { changeText, scheduleChange, seatKeys, upcomingRound, type ScheduleChange } from './schedule-changed-detect';
import './live-changes.css';

/** The buzz for a changed schedule: longer than the phase cue, so it reads as news. */
export const CHANGE_VIBRATION = [250, 120, 250];

/** Vibrate where the phone allows it; never throws (see live/vibrate.ts for the caveats). */
export function vibrateChange(): boolean {
  try {
    if (typeof navigator === 'undefined' || typeof navigator.vibrate !== 'function') return false;
    const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
    if (activation && !activation.hasBeenActive) return false;
    return navigator.vibrate(CHANGE_VIBRATION);
  } catch {
    return false;
  }
}

/**
 * "Your schedule changed: next you go to T7", with a vibration, when a new snapshot moves this
 * person in a round they have not started yet. The first snapshot is the baseline (opening
 * the page is not a change); a person marked absent or gone is not told.
 */
export function ScheduleChangedNotice(props: {
  me: Accessor<PersonPage>;
  clock: Accessor<ClockSnapshot>;
  vibrate?: () => void;
}): JSX.Element {
  const [change, setChange] = createSignal<ScheduleChange | null>(null);
  const role = () => props.me().role;
  // A string, so only a real change of seats (not a store update that left them equal) wakes the effect.
  const signature = createMemo(() => JSON.stringify([...seatKeys(role(), props.me().rounds)]));
  let previous: Map<number, string> | null = null;
  createEffect(
    on(signature, () => {
      const rounds = props.me().rounds;
      const now = seatKeys(role(), rounds);
      const before = previous;
      previous = now;
      if (!before) return;
      const from = upcomingRound(props.clock());
      const attendance = props.me().person.attendance;
      if (from === null || attendance === 'absent' || attendance === 'left') return;
      const found = scheduleChange(role(), before, rounds, from);
      if (!found) return;
      setChange(found);
      (props.vibrate ?? vibrateChange)();
    }),
  );
  const text = () => {
    const c = change();
    return c ? changeText(role(), c) : null;
  };
  return (
    <Show when={text()}>
      {(t) => (
        <section class="card schedule-changed" role="alert" data-testid="schedule-changed">
          <h2>{t().title}</h2>
          <p class="schedule-changed-detail" dir="auto">
            {t().detail}
          </p>
          <button type="button" class="secondary" onClick={() => setChange(null)}>
            {phone.t('ok')}
          </button>
        </section>
      )}
    </Show>
  );
}
