import { createSignal, Match, Switch, type JSX } from 'solid-js';
import { phone } from '../i18n/catalogues/phone';
import type { Attendance } from '../../shared/schemas/people';
import type { ClockSnapshot } from '../../shared/schemas/clock';
import './live-changes.css';

/** The answer of a check-in attempt: ok, or why not (in words for the person). */
export type CheckInResult = { ok: true } | { ok: false; message: string };

/**
 * Before the start: "I'm here" (the person checks themself in), or that they are checked in.
 * A person the organizer marked absent or gone is told so in place of their table instead,
 * with "I'm here after all" (now-notice.tsx).
 */
export function CheckInCard(props: {
  attendance: Attendance;
  status: ClockSnapshot['status'];
  checkIn?: () => Promise<CheckInResult>;
}): JSX.Element {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const send = async () => {
    if (!props.checkIn) return;
    setBusy(true);
    setError(null);
    const r = await props.checkIn();
    setBusy(false);
    if (!r.ok) setError(r.message);
  };
  return (
    <Switch>
      <Match when={props.status === 'idle' && props.attendance === 'present'}>
        <section class="card check-in-card checked-in" data-testid="checked-in">
          <p class="ok">{phone.t('checkedIn')}</p>
        </section>
      </Match>
      <Match when={props.status === 'idle' && props.attendance === 'expected' && props.checkIn}>
        <section class="card check-in-card" data-testid="check-in">
          <h2>{phone.t('areYouHere')}</h2>
          <p>{phone.t('checkInHint')}</p>
          <button type="button" onClick={send} disabled={busy()}>
            {busy() ? phone.t('checkingIn') : phone.t('checkIn')}
          </button>
          <p role="status" class="error">
            {error() ?? ''}
          </p>
        </section>
      </Match>
    </Switch>
  );
}
