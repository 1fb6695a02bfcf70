import { createMemo, createSignal, For, Show, type Accessor } from 'solid-js';
import type { PreviewOptions } from '../../../../shared/attendance/preview-schema';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import { consolePlan } from '../../../i18n/catalogues/console-plan';
import { ApiError } from '../../../live/api';
import { randomSeed, type OrganizerApi } from '../organizer-api';
import { roundToShow } from '../run/seating-now';
import { createEditSession } from './edit-session';
import { explainPlan, planQuality } from './plan-figures';
import { qualityFigures } from './quality-figures';
import { isMovingSchedule } from '../../../../shared/planner/moving-dispatch';
import { movingFigures } from './moving-figures';
import { isPeerSchedule } from '../../../../shared/planner/peer-schedule';
import { peerFigures } from './peer-figures';
import { PeerMatrix } from './peer-matrix';
import { MatrixNote } from './matrix-heads';
import { PersonMatrix } from './person-matrix';
import { PlanEditor } from './plan-editor';
import { personMatrix, planIsStale, planMatrix, wishesOf, withCurrentNames } from './plan-matrix';
import { RotationMatrix } from './rotation-matrix';
import { roundHeads } from './round-heads';
import { useRoleWords } from '../role-words';
import { RoleNamesCard } from './role-names-card';
import { SettingsCard } from './settings-card';
import { HistoryCard } from './history-card';

const { t } = consolePlan;

/** Plan: what the inputs allow, planning (again), the quality figures and the rotation matrix. */
export function PlanPanel(props: {
  view: OrganizerView;
  http: OrganizerApi;
  clock: Accessor<ClockSnapshot | null>;
  review?: (options: PreviewOptions) => void;
}) {
  const [busy, setBusy] = createSignal(false);
  const words = useRoleWords();
  // Live changes: once started (or with the checked-in option) a plan is previewed before it applies.
  const [checkedInOnly, setCheckedInOnly] = createSignal(false);
  const checkedIn = () =>
    [...props.view.mentors, ...props.view.mentees].filter((p) => p.attendance === 'present').length;
  const [status, setStatus] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const started = () => (props.clock()?.status ?? props.view.clock.status) !== 'idle';
  const finished = () => (props.clock()?.status ?? props.view.clock.status) === 'finished';
  const heads = createMemo(() => roundHeads(props.view.event, props.clock() ?? props.view.clock));
  // Hand edits: the plan shown is the newest of the pushed view and the last edit's answer.
  const edits = createEditSession({ view: () => props.view, http: props.http, heads });
  const editable = () => !finished();
  const schedule = createMemo(() => {
    const s = edits.shown().schedule;
    return s ? withCurrentNames(s, props.view) : null;
  });
  const wishes = createMemo(() => wishesOf(props.view));
  const matrix = createMemo(() => {
    const s = schedule();
    return s ? planMatrix(s, wishes(), { alwaysByes: editable() }) : null;
  });
  // Per table (who sits where) or per person (a mentee's row across the rounds).
  const [matrixView, setMatrixView] = createSignal<'table' | 'person'>('table');
  const people = createMemo(() => {
    const s = schedule();
    return s && matrixView() === 'person' ? personMatrix(s, wishes()) : null;
  });
  const anyWish = () => props.view.mentees.some((m) => m.wishes.length > 0);
  // Judged from the first round not begun, as the server judges pins in a replan.
  const fromRound = () => heads().rounds.find((r) => !r.begun)?.round ?? heads().rounds.length + 1;
  // Peer rounds (issue 17): no mentors, so the mentor planner's figures do not apply.
  const peerPlan = () => isPeerSchedule(schedule());
  const noPeople = () =>
    props.view.event.pairing === 'peer' ? props.view.mentees.length < 2 : props.view.mentors.length === 0;
  const report = createMemo(() => {
    const s = schedule();
    return s && !isPeerSchedule(s) ? planQuality(s, props.view, edits.rules(), started() ? fromRound() : 1) : null;
  });
  const figures = createMemo(() => {
    // Mentors moving (issue 17): the figures that matter then (the rhythm, rests) from movingQuality.
    const s = schedule();
    if (s && isMovingSchedule(s)) return movingFigures(s, props.view, words());
    if (s && isPeerSchedule(s)) return peerFigures(s, props.view);
    const q = report();
    return q ? qualityFigures(q, words()) : [];
  });
  // The planner's own judgement of the pins (shared code, as the server's): which hold, and why not.
  const pins = () => report()?.pins;
  const explain = createMemo(() => explainPlan(props.view));
  const current = () => {
    const r = roundToShow(props.clock());
    return r && started() ? r.round : null;
  };

  const plan = async () => {
    if (props.review && (started() || (checkedInOnly() && !started()))) {
      props.review(started() ? { seed: randomSeed() } : { checkedInOnly: true });
      return;
    }
    setBusy(true);
    setStatus(null);
    const again = props.view.schedule !== null;
    try {
      // The new plan shows when the server pushes the view.
      await props.http.plan(randomSeed());
      setStatus({ kind: 'ok', text: t(started() ? 'plannedReplanned' : again ? 'plannedAgain' : 'planned') });
    } catch (err) {
      // The server's reason already starts "cannot plan: " when the planner refused.
      const reason = err instanceof ApiError ? err.message.replace(/^cannot plan: /, '') : String(err);
      setStatus({ kind: 'error', text: t('planFailed', { why: reason }) });
    } finally {
      setBusy(false);
    }
  };

  const buttonText = () =>
    t(
      busy()
        ? 'planning'
        : started()
          ? 'replanButton'
          : checkedInOnly() && props.review
            ? 'previewCheckedIn'
            : props.view.schedule
              ? 'tryAnother'
              : 'planRotation',
    );

  return (
    <div class="plan-panel">
      <SettingsCard view={props.view} http={props.http} />
      <RoleNamesCard view={props.view} http={props.http} />
      <HistoryCard view={props.view} http={props.http} />
      <section class="card" aria-labelledby="plan-title">
        <h3 id="plan-title">{t('rotationTitle')}</h3>
        <Show when={!props.view.schedule || !started()}>
          <p class="plan-explain" data-testid="plan-explain">
            {explain()}
          </p>
        </Show>
        <Show when={schedule() && planIsStale(schedule()!, props.view)}>
          <p class="error">{t('peopleChanged')}</p>
        </Show>
        <Show when={props.review && !started() && props.view.mentors.length > 0}>
          <label class="checked-in-only">
            <input
              type="checkbox"
              checked={checkedInOnly()}
              onChange={(e) => setCheckedInOnly(e.currentTarget.checked)}
            />{' '}
            {t('checkedInOnly')} <span class="muted">{t('checkedInCount', { count: checkedIn() })}</span>
          </label>
        </Show>
        <div class="plan-actions">
          <button type="button" onClick={plan} disabled={busy() || finished() || noPeople()}>
            {buttonText()}
          </button>
          <Show when={noPeople()}>
            <span class="muted">
              {props.view.event.pairing === 'peer'
                ? t('addPeersFirst')
                : t('addMentorsFirst', { mentors: words().inline.mentors })}
            </span>
          </Show>
        </div>
        <div role="status" class="plan-status" data-testid="plan-status">
          <Show when={status()}>{(s) => <p class={s().kind === 'ok' ? 'ok' : 'error'}>{s().text}</p>}</Show>
        </div>
      </section>
      <Show when={matrix()}>
        {(m) => (
          <>
            <section class="card" aria-labelledby="quality-title">
              <h3 id="quality-title">{t('qualityTitle')}</h3>
              <dl class="quality-list" data-testid="plan-quality">
                <For each={figures()}>
                  {(f) => (
                    <div>
                      <dt>{f.label}</dt>
                      <dd>
                        {f.value}
                        <Show when={f.detail}>
                          <small>{f.detail}</small>
                        </Show>
                      </dd>
                    </div>
                  )}
                </For>
              </dl>
            </section>
            <Show when={peerPlan() ? schedule() : null}>
              {(s) => (
                <section class="card" aria-labelledby="matrix-title">
                  <h3 id="matrix-title">{t('matrixTitle')}</h3>
                  <PeerMatrix schedule={s()} currentRound={current()} />
                </section>
              )}
            </Show>
            <Show when={!peerPlan()}>
              <section class="card" aria-labelledby="matrix-title">
                <h3 id="matrix-title">{t('matrixTitle')}</h3>
                <fieldset class="matrix-view">
                  <legend>{t('matrixShow')}</legend>
                  <label>
                    <input
                      type="radio"
                      name="matrix-view"
                      checked={matrixView() === 'table'}
                      onChange={() => setMatrixView('table')}
                    />{' '}
                    {t('byTable')}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name="matrix-view"
                      checked={matrixView() === 'person'}
                      onChange={() => setMatrixView('person')}
                    />{' '}
                    {t('byPerson')}
                  </label>
                </fieldset>
                <Show
                  when={people()}
                  fallback={
                    <Show
                      when={editable() && schedule()}
                      fallback={<RotationMatrix matrix={m()} currentRound={current()} heads={heads()} />}
                    >
                      {(s) => (
                        <PlanEditor
                          matrix={m()}
                          schedule={s()}
                          capacity={props.view.event.tableCapacity}
                          session={edits}
                          heads={heads()}
                          currentRound={current()}
                          pins={pins()}
                        />
                      )}
                    </Show>
                  }
                >
                  {(p) => (
                    <>
                      <Show when={editable()}>
                        <p class="muted edit-help">{t('editHelp')}</p>
                      </Show>
                      <PersonMatrix matrix={p()} currentRound={current()} heads={heads()} />
                    </>
                  )}
                </Show>
                <MatrixNote heads={heads()} wishes={anyWish()} />
              </section>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}
