import type { JSX } from 'solid-js';
import type { createDateTimeInputs } from './date-time-inputs';

/**
 * The date and the time input of a time setting side by side (the planned start, when
 * feedback closes, when sign-up closes), bound to createDateTimeInputs' signals. `idBase`
 * names them (`<idBase>-date`, `<idBase>-time`); `errorId`, when set, marks both invalid and
 * points them at the message under them.
 */
export function DateTimeFields(props: {
  inputs: ReturnType<typeof createDateTimeInputs>;
  idBase: string;
  dateLabel: string;
  timeLabel: string;
  disabled?: boolean;
  errorId?: string | undefined;
}): JSX.Element {
  const field = (kind: 'date' | 'time', label: string) => (
    <div class="field">
      <label for={`${props.idBase}-${kind}`}>{label}</label>
      <input
        id={`${props.idBase}-${kind}`}
        type={kind}
        value={kind === 'date' ? props.inputs.date() : props.inputs.time()}
        aria-invalid={props.errorId ? true : undefined}
        aria-describedby={props.errorId}
        disabled={props.disabled}
        onInput={(e) => (kind === 'date' ? props.inputs.setDate : props.inputs.setTime)(e.currentTarget.value)}
      />
    </div>
  );
  return (
    <div class="field-row" classList={{ 'field-invalid': Boolean(props.errorId) }}>
      {field('date', props.dateLabel)}
      {field('time', props.timeLabel)}
    </div>
  );
}
