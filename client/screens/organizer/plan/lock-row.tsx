import { Index, Show } from 'solid-js';
import { consolePlanEdit } from '../../../i18n/catalogues/console-plan-edit';
import type { EditSession } from './edit-session';
import type { MatrixColumn } from './matrix-heads';
import { LockIcon } from './edit-icons';

/**
 * Under the round heads: a "Lock" box per round (kept as it is through every later plan and
 * replan), or "begun" for a round that can no longer change. A locked round reads "locked" with a padlock.
 * The box shows the rules as the server has them: a click sends the edit and the box follows
 * the answer (and the pushed view), so a refused lock never looks made.
 */
export function LockRow(props: { columns: MatrixColumn[]; session: EditSession }) {
  const s = props.session;
  const { t } = consolePlanEdit;
  return (
    <tr class="lock-row">
      <td>
        <span class="visually-hidden">{t('lockRounds')}</span>
      </td>
      <Index each={props.columns}>
        {(c) => {
          const round = () => {
            const x = c();
            return x.kind === 'round' ? x.round : null;
          };
          return (
            <Show when={round()} fallback={<td class="break-col" />}>
              {(r) => {
                const locked = () => s.rules().lockedRounds.includes(r());
                return (
                  <td classList={{ 'locked-col': locked() }}>
                    <Show
                      when={s.roundBar(r()) !== 'begun'}
                      fallback={<span class="muted round-begun">{t('begun')}</span>}
                    >
                      <label class="lock-box" data-testid={`lock-round-${r()}`}>
                        <input
                          type="checkbox"
                          checked={locked()}
                          onChange={(e) => {
                            const want = e.currentTarget.checked;
                            e.currentTarget.checked = locked();
                            void s.apply(want ? { op: 'lock-round', round: r() } : { op: 'unlock-round', round: r() });
                          }}
                        />
                        <span>
                          {t('lock')}
                          <span class="visually-hidden"> {t('lockRound', { round: r() })}</span>
                        </span>
                      </label>
                      <Show when={locked()}>
                        <span class="locked-tag" aria-hidden="true">
                          <LockIcon /> {t('locked')}
                        </span>
                      </Show>
                    </Show>
                  </td>
                );
              }}
            </Show>
          );
        }}
      </Index>
    </tr>
  );
}
