import { createSignal, Show } from 'solid-js';
import type { RoleWords } from '../../../../shared/labels/role-words';
import type { OrganizerView } from '../../../../shared/protocol/views';
import { consolePlan } from '../../../i18n/catalogues/console-plan';
import { localRoleWords } from '../../../i18n/role-words';
import { formatDuration, formValuesFromEvent, settingsPatch } from '../../home/event-form';
import { EventSettingsForm } from '../../home/event-settings-form';
import type { OrganizerApi } from '../organizer-api';
import { StartTimeField } from './start-time-field';
import { PairingField } from './pairing-field';
import { WhoMovesField } from './who-moves-field';

const { t } = consolePlan;

/** One line of the event's timing, e.g. "8 rounds of 10 min, 2 min to move, break after round 4". */
export function timingSummary(e: OrganizerView['event'], words: RoleWords = localRoleWords(e.labels)): string {
  const parts = [
    t('timingRounds', { count: e.rounds, duration: formatDuration(e.roundSeconds) }),
    t('timingMove', { duration: formatDuration(e.changeoverSeconds) }),
  ];
  for (const b of [...e.breaks].sort((x, y) => x.afterRound - y.afterRound))
    parts.push(t('timingBreak', { duration: formatDuration(b.seconds), round: b.afterRound }));
  if (e.pairing === 'peer') parts.push(t('timingPeers', { count: Math.max(2, e.tableCapacity) }));
  else
    parts.push(
      t('timingMentees', { count: e.tableCapacity, mentee: words.inline.mentee, mentees: words.inline.mentees }),
    );
  if (e.moving === 'mentors')
    parts.push(t('timingMentorsMove', { mentors: words.inline.mentors, mentees: words.inline.mentees }));
  return parts.join(t('listSeparator'));
}

/** The event's settings in one line, and the same form as the home page to change them (PATCH, only what changed). */
export function SettingsCard(props: { view: OrganizerView; http: OrganizerApi }) {
  const [open, setOpen] = createSignal(false);
  const summary = () => {
    const e = props.view.event;
    const line = timingSummary(e);
    if (e.roundsFixed) return t('summary', { summary: line });
    if (props.view.schedule) return t('summaryAsPlanned', { summary: line });
    return t('summaryPerMentor', { summary: line, mentor: localRoleWords(e.labels).inline.mentor });
  };
  return (
    <section class="card settings-card" aria-labelledby="settings-title">
      <div class="settings-head">
        <div>
          <h3 id="settings-title">{t('settingsTitle')}</h3>
          <p data-testid="timing-summary">{summary()}</p>
        </div>
        <button
          type="button"
          class="secondary small"
          aria-expanded={open()}
          aria-controls="settings-form"
          onClick={() => setOpen(!open())}
        >
          {open() ? t('close') : t('changeSettings')}
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
            title={t('changeTheSettings')}
            submitLabel={t('saveSettings')}
            busyLabel={t('saving')}
            savedText={t('saved')}
            roundsHint={t('roundsHint')}
            initial={formValuesFromEvent(props.view.event)}
            submit={async (s) => {
              const patch = settingsPatch(props.view.event, s);
              if (Object.keys(patch).length > 0) await props.http.patchSettings(patch);
            }}
          >
            <p class="muted">{t('afterStart')}</p>
          </EventSettingsForm>
        </Show>
      </div>
    </section>
  );
}
