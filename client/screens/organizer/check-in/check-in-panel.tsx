import { createMemo, createSignal, For, Show, type Accessor, type JSX } from 'solid-js';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { Attendance } from '../../../../shared/schemas/people';
import type { ClockSnapshot } from '../../../../shared/schemas/clock';
import { ApiError } from '../../../live/api';
import type { LiveChangesApi } from '../replan/live-changes-api';
import { useRoleWords } from '../role-words';
import { consoleRun } from '../../../i18n/catalogues/console-run';
import {
  attendanceCounts,
  attendanceInSentence,
  attendanceLabel,
  filterRows,
  otherActions,
  type CheckInRow,
} from './check-in-list';
import './check-in.css';

/** The last tap, which the message offers to take back. */
interface LastTap {
  id: string;
  name: string;
  from: Attendance;
  to: Attendance;
}

/**
 * Check-in at the door: find a person by name, tap them to mark them here; "not coming" and
 * "left" for no-shows and early leavers. Statuses are recorded at once; the seating follows
 * when the organizer applies the reviewed changes (the banner above the tabs). The last tap
 * can be undone from its message (and every status taken back from its row).
 */
export function CheckInPanel(props: {
  view: OrganizerView;
  clock: Accessor<ClockSnapshot | null>;
  api: LiveChangesApi;
}): JSX.Element {
  const [query, setQuery] = createSignal('');
  const words = useRoleWords();
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = createSignal<string | null>(null);
  const [lastTap, setLastTap] = createSignal<LastTap | null>(null);
  const status = () => (props.clock() ?? props.view.clock).status;
  const started = () => status() !== 'idle';
  const rows = createMemo((): CheckInRow[] => [
    ...props.view.mentors.map((m) => ({
      id: m.id,
      name: m.name,
      role: 'mentor' as const,
      table: m.table,
      attendance: m.attendance,
    })),
    ...props.view.mentees.map((m) => ({ id: m.id, name: m.name, role: 'mentee' as const, attendance: m.attendance })),
  ]);
  const shown = createMemo(() => filterRows(rows(), query()));
  const counts = createMemo(() => attendanceCounts(rows()));

  const mark = async (row: Pick<CheckInRow, 'id' | 'name' | 'attendance'>, to: Attendance, undoing = false) => {
    if (row.attendance === to) return;
    setBusy(row.id);
    setMessage(null);
    setLastTap(null);
    try {
      // The answer says whether the seating waits for a review; the list follows the push.
      const r = await props.api.setStatus(row.id, to);
      const waiting = r.pending.some((p) => p.personId === row.id);
      const said = { name: row.name, status: attendanceInSentence(to) };
      const key = undoing ? (waiting ? 'markedBackWaiting' : 'markedBack') : waiting ? 'markedWaiting' : 'marked';
      setMessage({ ok: true, text: consoleRun.t(key, said) });
      if (!undoing) setLastTap({ id: row.id, name: row.name, from: row.attendance, to });
    } catch (err) {
      setMessage({
        ok: false,
        text: consoleRun.t('markFailed', { name: row.name, why: err instanceof ApiError ? err.message : String(err) }),
      });
    } finally {
      setBusy(null);
    }
  };
  // The undo stays on offer while the person is as the tap left them (or the push is still on its way).
  const undoable = () => {
    const t = lastTap();
    const now = t && rows().find((r) => r.id === t.id)?.attendance;
    return t && (now === t.to || now === t.from) && status() !== 'finished' ? t : null;
  };
  const undo = (t: LastTap) => void mark({ id: t.id, name: t.name, attendance: t.to }, t.from, true);

  return (
    <section class="card check-in-panel" aria-labelledby="check-in-title">
      <h3 id="check-in-title">{consoleRun.t('checkInTitle')}</h3>
      <div class="check-in-tools">
        <div class="field">
          <label for="check-in-search">{consoleRun.t('checkInFind')}</label>
          <input
            id="check-in-search"
            type="search"
            autocomplete="off"
            placeholder={consoleRun.t('checkInPlaceholder')}
            value={query()}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        <p class="muted" data-testid="check-in-counts">
          {consoleRun.t('checkInCounts', {
            present: counts().present,
            total: rows().length,
            expected: counts().expected,
            absent: counts().absent,
            left: counts().left,
          })}
        </p>
      </div>
      <p class="muted small">{consoleRun.t(started() ? 'checkInHintStarted' : 'checkInHintIdle')}</p>
      <div role="status" class="check-in-message">
        <Show when={message()}>
          {(m) => (
            <p class={m().ok ? 'ok' : 'error'}>
              {m().text}
              <Show when={m().ok && undoable()}>
                {(t) => (
                  <>
                    {' '}
                    <button
                      type="button"
                      class="secondary small"
                      disabled={busy() === t().id}
                      onClick={() => undo(t())}
                      aria-label={consoleRun.t('undoTapLabel', {
                        name: t().name,
                        status: attendanceInSentence(t().from),
                      })}
                    >
                      {consoleRun.t('undo')}
                    </button>
                  </>
                )}
              </Show>
            </p>
          )}
        </Show>
      </div>
      <Show
        when={shown().length > 0}
        fallback={<p class="muted">{consoleRun.t(rows().length === 0 ? 'noPeople' : 'noMatch')}</p>}
      >
        <ul class="check-in-list" data-testid="check-in-list">
          <For each={shown()}>
            {(row) => (
              <li class="check-in-row" data-testid={`check-in-${row.id}`}>
                <button
                  type="button"
                  class="check-in-name"
                  aria-pressed={row.attendance === 'present'}
                  disabled={busy() === row.id || status() === 'finished'}
                  onClick={() => void mark(row, 'present')}
                >
                  <bdi>{row.name}</bdi>{' '}
                  <span class="muted">
                    {row.role === 'mentor' ? `${words().inline.mentor} · ${row.table}` : words().inline.mentee}
                  </span>
                </button>
                <span class={`check-in-state state-${row.attendance}`}>{attendanceLabel(row.attendance)}</span>
                <span class="check-in-actions">
                  <For each={otherActions(row.attendance, started())}>
                    {(a) => (
                      <button
                        type="button"
                        class="secondary small"
                        disabled={busy() === row.id || status() === 'finished'}
                        onClick={() => void mark(row, a.status)}
                        aria-label={consoleRun.t('actionLabel', { action: a.label, name: row.name })}
                      >
                        {a.label}
                      </button>
                    )}
                  </For>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
