import { createSignal, Show } from 'solid-js';
import { roleWords, type RoleWords } from '../../../../shared/labels/role-words';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { HistoryAdded } from '../../../../shared/schemas/history';
import { ApiError } from '../../../live/api';
import type { OrganizerApi } from '../organizer-api';
import { useRoleWords } from '../role-words';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const NONE_YET =
  'None yet. Add the backup file of an earlier event: pairs who met there are planned as met, ' +
  'so people meet someone new.';

/** Names listed in full before "and N more". */
const NAMES_LISTED = 8;

/** A list of names for a sentence: "Dee, Eve and 3 more". */
export function someNames(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_LISTED);
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

/** What an accepted upload says: the pairs added, who was found, and who of the earlier event is not here. */
export function historyAddedText(r: HistoryAdded, words: RoleWords = roleWords()): string {
  const w = words.inline;
  const who = `${plural(r.matched.mentors, w.mentor, w.mentors)} and ${plural(r.matched.mentees, w.mentee, w.mentees)}`;
  const found = `${who} of this event were there`;
  const added = r.added === 0 ? 'No new pairs (all were known already)' : `Added ${plural(r.added, 'pair')}`;
  const missing = [...r.unmatched.mentors, ...r.unmatched.mentees];
  const notHere = missing.length > 0 ? ` Not in this event: ${someNames(missing)}.` : '';
  return `${added}: ${found}; ${plural(r.pairs, 'pair')} known in all.${notHere}`;
}

/**
 * Earlier events (issue 18): how many pairs met before the plan knows, an upload of an earlier
 * event's backup file (its people are matched to these by e-mail, else by name) and a button to
 * forget them. The plan follows by itself: the server replans the rounds not yet begun.
 */
export function HistoryCard(props: { view: OrganizerView; http: Pick<OrganizerApi, 'addHistory' | 'clearHistory'> }) {
  const words = useRoleWords();
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  let input: HTMLInputElement | undefined;
  const history = () => props.view.history;

  const run = async (work: () => Promise<string>, failure: string) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus({ kind: 'ok', text: await work() });
    } catch (err) {
      setStatus({ kind: 'error', text: `${failure}: ${err instanceof ApiError ? err.message : String(err)}` });
    } finally {
      setBusy(false);
      if (input) input.value = '';
    }
  };

  const onFile = (e: Event & { currentTarget: HTMLInputElement }) => {
    const file = e.currentTarget.files?.[0];
    if (!file) return;
    void run(async () => {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        throw new Error(`${file.name} is not JSON; choose a backup file from "Download a backup"`);
      }
      return historyAddedText(await props.http.addHistory(json), words());
    }, 'The file was not added');
  };

  const onClear = () =>
    void run(async () => {
      const r = await props.http.clearHistory();
      return `Forgot ${plural(r.removed, 'pair')} met at earlier events.`;
    }, 'Could not forget the earlier events');

  return (
    <section class="card history-card" aria-labelledby="history-title" data-testid="history-card">
      <h3 id="history-title">Earlier events</h3>
      <p data-testid="history-summary">
        <Show when={history()} fallback={NONE_YET}>
          {(h) => (
            <>
              Earlier events: {plural(h().pairs, 'pair')} met before.{' '}
              <Show when={props.view.schedule}>
                {h().repeats === 0
                  ? 'This plan seats none of them again.'
                  : `This plan seats ${plural(h().repeats, 'meeting')} of such a pair again.`}
              </Show>
            </>
          )}
        </Show>
      </p>
      <div class="field">
        <label for="history-file">Add a backup file of an earlier event</label>
        <input
          ref={input}
          id="history-file"
          type="file"
          accept=".json,application/json"
          disabled={busy()}
          onChange={onFile}
        />
        <span class="field-hint muted">
          From “Download a backup” of that event. People are matched by e-mail, else by name.
        </span>
      </div>
      <Show when={history()}>
        <button type="button" class="secondary small" disabled={busy()} onClick={onClear}>
          Forget the earlier events
        </button>
      </Show>
      <div role="status" class="form-status" data-testid="history-status">
        <Show when={status()}>{(s) => <p class={s().kind === 'ok' ? 'ok' : 'error'}>{s().text}</p>}</Show>
      </div>
    </section>
  );
}
