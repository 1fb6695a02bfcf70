import { createSignal, For, Show } from 'solid-js';
import type { DecisionBody, Registration } from '../../../../shared/schemas/registration';
import { ApiError } from '../../../live/api';
import { RegistrationItem } from './registration-item';
import type { SignupState } from './signup-state';
import './signup.css';

const GROUPS = [
  { key: 'pending', title: 'Waiting for you' },
  { key: 'waitListed', title: 'Wait-listed' },
  { key: 'refused', title: 'Refused' },
] as const;

const DONE: Record<DecisionBody['action'], (name: string) => string> = {
  approve: (name) => `${name} is in the event.`,
  'wait-list': (name) => `${name} is on the wait-list.`,
  refuse: (name) => `${name}'s sign-up is refused.`,
};

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
      setDone(DONE[body.action](r.name));
    } catch (err) {
      setError(`Could not ${body.action} ${r.name}: ${err instanceof ApiError ? err.message : String(err)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Show when={any() || done() || error()}>
      <section class="card registrations" aria-labelledby="registrations-title" data-testid="registrations">
        <h3 id="registrations-title">Sign-ups</h3>
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
              <h4>
                {g.title} ({data()![g.key].length})
              </h4>
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
