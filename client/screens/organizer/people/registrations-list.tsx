import { createSignal, For, Show } from 'solid-js';
import type { DecisionBody, Registration } from '../../../../shared/schemas/registration';
import { consoleSignup } from '../../../i18n/catalogues/console-signup';
import { ApiError } from '../../../live/api';
import { RegistrationItem } from './registration-item';
import type { SignupState } from './signup-state';
import './signup.css';

const { t } = consoleSignup;

/** The lists by status, each with its heading's message ("Waiting for you (2)"). */
const GROUPS = [
  { key: 'pending', title: 'groupPending' },
  { key: 'waitListed', title: 'groupWaitListed' },
  { key: 'refused', title: 'groupRefused' },
] as const;

/** What a decision did, and what its failure says, as messages about the person ({name}). */
const SAID = {
  approve: { done: 'approved', failed: 'approveFailed' },
  'wait-list': { done: 'waitListed', failed: 'waitListFailed' },
  refuse: { done: 'refused', failed: 'refuseFailed' },
} as const satisfies Record<DecisionBody['action'], unknown>;

/**
 * The sign-ups to decide: waiting, wait-listed and refused, each with its decisions. Shown
 * while there are any (or a decision's outcome to tell); the list re-reads after each.
 */
export function RegistrationsList(props: { state: SignupState; mentorName: (id: string) => string }) {
  const [busy, setBusy] = createSignal<string | null>(null);
  const [done, setDone] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const data = () => props.state.data();
  const any = () => {
    const d = data();
    return d !== null && d.pending.length + d.waitListed.length + d.refused.length > 0;
  };

  const decide = async (r: Registration, body: DecisionBody) => {
    setBusy(r.id);
    setDone(null);
    setError(null);
    try {
      await props.state.decide(r.id, body);
      setDone(t(SAID[body.action].done, { name: r.name }));
    } catch (err) {
      const why = err instanceof ApiError ? err.message : String(err);
      setError(t(SAID[body.action].failed, { name: r.name, why }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Show when={any() || done() || error()}>
      <section class="card registrations" aria-labelledby="registrations-title" data-testid="registrations">
        <h3 id="registrations-title">{t('listTitle')}</h3>
        <div role="status" class="form-status" data-testid="registrations-done">
          <Show when={done()}>
            <p class="ok">{done()}</p>
          </Show>
        </div>
        <Show when={error()}>
          <p role="alert" class="error" data-testid="registrations-error">
            {error()}
          </p>
        </Show>
        <For each={GROUPS}>
          {(g) => (
            <Show when={(data()?.[g.key].length ?? 0) > 0}>
              <h4>{t(g.title, { count: String(data()![g.key].length) })}</h4>
              <ul class="registration-list" data-testid={`registrations-${g.key}`}>
                <For each={data()![g.key]}>
                  {(r) => (
                    <RegistrationItem
                      registration={r}
                      mentorName={props.mentorName}
                      busy={busy() !== null}
                      decide={(body) => void decide(r, body)}
                    />
                  )}
                </For>
              </ul>
            </Show>
          )}
        </For>
      </section>
    </Show>
  );
}
