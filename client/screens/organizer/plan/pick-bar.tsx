import { Show } from 'solid-js';
import { BYE } from '../../../../shared/schemas/plan-edits';
import { consolePlanEdit } from '../../../i18n/catalogues/console-plan-edit';
import { pinOf } from './edit-rules';
import type { EditSession } from './edit-session';
import { useRoleWords } from '../role-words';
import { editNames } from './edit-words';
import { PinIcon } from './edit-icons';

/**
 * While a mentee is picked (under the matrix): who, where, what to do next, and
 * the pin actions of that seat: "Pin this meeting" (this mentee with this mentor in this
 * round), "Pin for any round", or "Unpin". Comes right after the matrix in the Tab order.
 */
export function PickBar(props: { session: EditSession }) {
  const s = props.session;
  const words = useRoleWords();
  const { t, rich } = consolePlanEdit;
  const info = () => {
    const p = s.pick();
    const schedule = s.shown().schedule;
    if (!p || !schedule) return null;
    const names = editNames(schedule, words());
    const atTable = p.place !== BYE;
    return {
      ...p,
      name: names.mentee(p.menteeId),
      where: atTable ? names.table(p.place) : t('whereSittingOut'),
      mentor: atTable ? names.mentor(p.place) : null,
      pin: atTable ? pinOf(s.rules(), p.menteeId, p.place) : null,
    };
  };
  return (
    <Show when={info()}>
      {(i) => (
        <div class="pick-bar" data-testid="pick-bar">
          <p>
            {rich('pickBar', {
              name: (
                <strong>
                  <bdi>{i().name}</bdi>
                </strong>
              ),
              round: i().round,
              where: <bdi>{i().where}</bdi>,
            })}
          </p>
          <div class="pick-actions">
            <Show when={i().mentor}>
              {(mentor) => (
                <Show
                  when={i().pin}
                  fallback={
                    <>
                      <button
                        type="button"
                        class="secondary small"
                        onClick={() =>
                          void s.apply({ op: 'pin', menteeId: i().menteeId, mentorId: i().place, round: i().round })
                        }
                      >
                        <PinIcon /> {t('pinMeeting')}
                      </button>
                      <button
                        type="button"
                        class="secondary small"
                        onClick={() => void s.apply({ op: 'pin', menteeId: i().menteeId, mentorId: i().place })}
                      >
                        {t('pinAnyRound')}
                      </button>
                    </>
                  }
                >
                  <button
                    type="button"
                    class="secondary small"
                    onClick={() => void s.apply({ op: 'unpin', menteeId: i().menteeId, mentorId: i().place })}
                  >
                    {rich('unpinPair', { mentee: <bdi>{i().name}</bdi>, mentor: <bdi>{mentor()}</bdi> })}
                  </button>
                </Show>
              )}
            </Show>
            <button type="button" class="secondary small" onClick={() => s.cancelPick()}>
              {t('cancelPick')}
              <kbd>{t('escKey')}</kbd>
            </button>
          </div>
        </div>
      )}
    </Show>
  );
}
