import { createEffect, createSignal, on } from 'solid-js';
import { startInputs } from './start-time';

/**
 * The date and time inputs of a time setting (the planned start, when feedback closes), in
 * this browser's time zone: they start from the saved value and follow it when a pushed view
 * changes it (this console's save, or another's).
 */
export function createDateTimeInputs(saved: () => number | null) {
  const initial = startInputs(saved());
  const [date, setDate] = createSignal(initial.date);
  const [time, setTime] = createSignal(initial.time);
  createEffect(
    on(
      saved,
      (ms) => {
        const v = startInputs(ms);
        setDate(v.date);
        setTime(v.time);
      },
      { defer: true },
    ),
  );
  return { date, setDate, time, setTime };
}
