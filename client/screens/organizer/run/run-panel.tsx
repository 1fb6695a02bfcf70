import { createMemo, Show, type Accessor } from 'solid-js';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import type { ClockRequestInput } from '../../../../shared/schemas/clock-request';
import type { Ack } from '../../../../shared/schemas/errors';
import { Countdown } from '../../../ui/countdown';
import { consoleText } from '../../../i18n/catalogues/console';
import { isLoopbackUrl } from '../../../../shared/protocol/loopback';
import { SendLinksCard } from '../mail/send-links-card';
import type { MailState } from '../mail/mail-state';
import { LocalhostWarning } from '../network/localhost-warning';
import { createClockControl } from './clock-control';
import { ClockControls } from './clock-controls';
import { consolePhase, nextPhaseText } from './console-phase';
import { PersonLinks, type LinkEntry } from './person-links';
import { seatingNow } from './seating-now';
import { SeatingView } from './seating-view';
import { useRoleWords } from '../role-words';
import { consoleRun } from '../../../i18n/catalogues/console-run';

/** Run: the big countdown and phase, the clock controls, where everyone is, the links and sending them. */
export function RunPanel(props: {
  view: OrganizerView;
  clock: Accessor<ClockSnapshot | null>;
  serverNow: Accessor<number>;
  send: (command: ClockRequestInput) => Promise<Ack<ClockSnapshot>>;
  active: Accessor<boolean>;
  /** The send log and "Send personal links" (none: the card is not shown). */
  mail?: MailState;
  /** No network at all: the clock controls are off (issue 20). */
  offline?: Accessor<boolean>;
}) {
  const control = createClockControl(props.clock, props.send);
  const label = () => (props.clock() ? consolePhase(props.clock()!) : consoleRun.t('connecting'));
  // Under the phase: what comes next (so a skip into the end is no surprise), or the plan's size.
  const sub = () => {
    const c = props.clock();
    if (!c) return '';
    if (c.status === 'idle') return consoleRun.t('roundsPlanned', { count: c.rounds });
    return nextPhaseText(c, props.view.event) ?? '';
  };
  const seating = createMemo(() => seatingNow(props.clock(), props.view.schedule, props.view));
  const words = useRoleWords();
  const links = createMemo((): LinkEntry[] => [
    ...props.view.mentors.map((m) => ({
      key: m.id,
      name: m.name,
      what: `${words().inline.mentor} · ${m.table}`,
      url: m.link,
    })),
    ...props.view.mentees.map((m) => ({ key: m.id, name: m.name, what: words().inline.mentee, url: m.link })),
  ]);
  return (
    <div class="run-panel">
      <LocalhostWarning linkBase={props.view.links.projector} />
      <section class="card run-clock" aria-labelledby="run-phase">
        <p id="run-phase" class="run-phase" data-testid="run-phase">
          {label()}
        </p>
        <Countdown
          clock={props.clock()}
          serverNow={props.serverNow}
          class="countdown-xl"
          label={(time) => consoleText.t('timeLeft', { time })}
        />
        <p class="muted run-sub" data-testid="run-next">
          {sub()}
        </p>
        <ClockControls
          clock={props.clock}
          control={control}
          active={props.active}
          serverNow={props.serverNow}
          offline={props.offline}
        />
      </section>
      {/* One column of its own, so the tall links card beside it leaves no gap under the seating. */}
      <div class="run-column">
        <SeatingView seating={seating()} />
        <Show when={props.mail}>
          {(mail) => (
            <SendLinksCard
              people={[...props.view.mentors, ...props.view.mentees]}
              mail={mail()}
              localLinks={isLoopbackUrl(props.view.links.projector)}
            />
          )}
        </Show>
      </div>
      <PersonLinks
        projector={{
          key: 'projector',
          name: consoleRun.t('projectorName'),
          what: consoleRun.t('projectorWhat'),
          url: props.view.links.projector,
        }}
        people={links()}
      />
    </div>
  );
}
