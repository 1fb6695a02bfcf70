import { createSignal, Show } from 'solid-js';
import { roleWords, type RoleWords } from '../../../../shared/labels/role-words';
import type { OrganizerView } from '../../../../shared/protocol/views';
import { formatDuration, formValuesFromEvent, settingsPatch } from '../../home/event-form';
import { EventSettingsForm } from '../../home/event-settings-form';
import type { OrganizerApi } from '../organizer-api';
import { StartTimeField } from './start-time-field';
import { PairingField } from './pairing-field';
import { WhoMovesField } from './who-moves-field';

/** One line of the event's timing, e.g. "8 rounds of 10 min, 2 min to move, break after round 4". */
export function timingSummary(e: OrganizerView['event'], words: RoleWords = roleWords(e.labels)): string {
  const parts = [
    `${e.rounds} round${e.rounds === 1 ? '' : 's'} of ${formatDuration(e.roundSeconds)}`,
    `${formatDuration(e.changeoverSeconds)} to move`,
  ];
  for (const b of [...e.breaks].sort((x, y) => x.afterRound - y.afterRound))
    parts.push(`a ${formatDuration(b.seconds)} break after round ${b.afterRound}`);
  if (e.pairing === 'peer') parts.push(`${Math.max(2, e.tableCapacity)} peers per table`);
  else parts.push(`up to ${e.tableCapacity} ${words.inline[e.tableCapacity === 1 ? 'mentee' : 'mentees']} per table`);
  if (e.moving === 'mentors') parts.push(`${words.inline.mentors} move, ${words.inline.mentees} stay seated`);
  return parts.join(', ');
}

/** The event's settings in one line, and the same form as the home page to change them (PATCH, only what changed). */
export function SettingsCard(props: { view: OrganizerView; http: OrganizerApi }) {
  const [open, setOpen] = createSignal(false);
  return (
    <section class="card settings-card" aria-labelledby="settings-title">
      <div class="settings-head">
        <div>
          <h3 id="settings-title">Timing and tables</h3>
          <p data-testid="timing-summary">
            {timingSummary(props.view.event)}
            {props.view.event.roundsFixed
              ? ''
              : props.view.schedule
                ? ' (rounds as planned)'
                : ` (one round per ${roleWords(props.view.event.labels).inline.mentor})`}
            .
          </p>
        </div>
        <button
          type="button"
          class="secondary small"
          aria-expanded={open()}
          aria-controls="settings-form"
          onClick={() => setOpen(!open())}
        >
          {open() ? 'Close' : 'Change settings'}
        </button>
      </div>
      <StartTimeField view={props.view} http={props.http} />
      <PairingField view={props.view} http={props.http} />
      {/* Peers take turns at tables of their own: who moves is the circle's, not a choice. */}
      <Show when={props.view.event.pairing !== 'peer'}>
        <WhoMovesField view={props.view} http={props.http} />
      </Show>
      <div id="settings-form">
        <Show when={open()}>
          <EventSettingsForm
            idPrefix="set"
            title="Change the settings"
            submitLabel="Save settings"
            busyLabel="Saving…"
            savedText="Saved."
            roundsHint="Leave empty to keep the current number"
            initial={formValuesFromEvent(props.view.event)}
            submit={async (s) => {
              const patch = settingsPatch(props.view.event, s);
              if (Object.keys(patch).length > 0) await props.http.patchSettings(patch);
            }}
          >
            <p class="muted">Once the event has started, changes apply to what has not happened yet.</p>
          </EventSettingsForm>
        </Show>
      </div>
    </section>
  );
}
