import { For, Show } from 'solid-js';
import type { QualityReport } from '../../../../shared/planner/types';
import type { PlanPinRule } from '../../../../shared/schemas/plan-rules';
import { consolePlanEdit } from '../../../i18n/catalogues/console-plan-edit';
import type { EditSession } from './edit-session';
import type { EditNames } from './edit-words';
import { PinIcon } from './edit-icons';

type PinsReport = NonNullable<QualityReport['pins']>;

/** Whether the report's unheld pin is this pin. */
const same = (a: { menteeId: string; mentorId: string }, b: { menteeId: string; mentorId: string }) =>
  a.menteeId === b.menteeId && a.mentorId === b.mentorId;

/**
 * Under the matrix: the pinned meetings, each with "Unpin", and first the ones the plan cannot
 * hold, each with the planner's reason ("Zoë avoids Alan Kay").
 */
export function PinsList(props: {
  pins: PlanPinRule[];
  report: PinsReport | undefined;
  names: EditNames;
  session: EditSession;
}) {
  const unheld = () => props.report?.unheld ?? [];
  const reasonOf = (p: PlanPinRule) => unheld().find((u) => same(u, p))?.reason ?? null;
  const { t } = consolePlanEdit;
  const words = (p: { menteeId: string; mentorId: string; round?: number }) => {
    const pair = { mentee: props.names.mentee(p.menteeId), mentor: props.names.mentor(p.mentorId) };
    return p.round === undefined ? t('pinAnyRoundWords', pair) : t('pinRoundWords', { ...pair, round: p.round });
  };
  return (
    <Show when={props.pins.length > 0 || unheld().length > 0}>
      <section class="pins-list" aria-labelledby="pins-title" data-testid="pins-list">
        <h4 id="pins-title">{t('pinsTitle')}</h4>
        <Show when={unheld().length > 0}>
          <div class="unheld-pins" data-testid="unheld-pins">
            <p class="error">
              <span aria-hidden="true">⚠ </span>
              {t('pinsUnheld', { count: unheld().length })}
            </p>
            <ul>
              <For each={unheld()}>
                {(u) => (
                  <li>
                    <bdi>{words(u)}</bdi>: {u.reason}
                  </li>
                )}
              </For>
            </ul>
          </div>
        </Show>
        <ul class="pin-items">
          <For each={props.pins}>
            {(p) => (
              <li>
                <PinIcon />
                <bdi>{words(p)}</bdi>
                <span class="muted"> {reasonOf(p) === null ? t('pinHolds') : t('pinCannotHold')}</span>{' '}
                <button
                  type="button"
                  class="secondary small"
                  onClick={() => void props.session.apply({ op: 'unpin', menteeId: p.menteeId, mentorId: p.mentorId })}
                >
                  {t('unpin')}
                  <span class="visually-hidden"> {words(p)}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
