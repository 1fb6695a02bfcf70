import { format } from 'date-fns';
import { For, Show } from 'solid-js';
import type { RoleCounts } from '../../../../shared/event/views/signup-view';
import { roleWords, type RoleWords } from '../../../../shared/labels/role-words';
import type { RegistrationsAnswer } from './registration-api';
import { useRoleWords } from '../role-words';
import { SignupForm } from './signup-form';
import { SignupLink } from './signup-link';
import type { SignupState } from './signup-state';
import './signup.css';

/** The two roles as the sign-up card lists them, mentees first, each by the event's plural word. */
const rolesOf = (w: RoleWords) =>
  [
    { key: 'mentee', label: w.mentees },
    { key: 'mentor', label: w.mentors },
  ] as const;

/** Where sign-up stands, in words: open (until when, and a full role), or closed and why. */
export function signupStatusWords(d: RegistrationsAnswer, words: RoleWords = roleWords()): string {
  const r = d.registration;
  if (!r || (!r.open && r.codeVersion === 0))
    return 'Sign-up is not open yet. Open it below to get a link and a QR code for posters.';
  const s = d.status;
  if (!s.open) return s.reason === 'closed' || !s.message ? 'Sign-up is closed.' : `Sign-up is closed: ${s.message}.`;
  const until = s.closesAt === null ? '' : ` until ${format(s.closesAt, 'PPPP, p')}`;
  const how = r.approval === 'manual' ? 'You approve each sign-up.' : 'Each sign-up joins the event at once.';
  const full = rolesOf(words).flatMap(({ key, label }) => {
    const role = s.roles[key];
    return role.open ? [] : [`${label}: ${role.message}.`];
  });
  return [`Sign-up is open${until}.`, how, ...full].join(' ');
}

const places = (c: RoleCounts) => (c.max === null ? `${c.placesTaken} (no cap)` : `${c.placesTaken} of ${c.max}`);

/**
 * Self sign-up (issue 16): whether it is open and why not, the places taken per role, the
 * link and its QR code once opened, and the settings. Its data is the console's SignupState.
 */
export function SignupCard(props: { state: SignupState }) {
  const words = useRoleWords();
  return (
    <section class="card signup-card" aria-labelledby="signup-title" data-testid="signup-card">
      <h3 id="signup-title">Self sign-up</h3>
      <p class="muted">People sign themselves up through a link or a poster's QR code, before or at the event.</p>
      <Show
        when={props.state.data()}
        fallback={
          <Show when={props.state.loadError()} fallback={<p class="muted">Loading the sign-up…</p>}>
            <p role="alert" class="error">
              Could not read the sign-up: {props.state.loadError()}
            </p>
          </Show>
        }
      >
        {(d) => (
          <>
            <p class="signup-status" data-testid="signup-status">
              {signupStatusWords(d(), words())}
            </p>
            {/* Five columns do not fit a 320 px phone: the table scrolls on its own, not the page. */}
            <div class="signup-counts-wrap">
              <table class="signup-counts" data-testid="signup-counts">
                <caption class="visually-hidden">Sign-ups per role</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <span class="visually-hidden">Role</span>
                    </th>
                    <th scope="col">Places taken</th>
                    <th scope="col">Waiting</th>
                    <th scope="col">Wait-listed</th>
                    <th scope="col">Refused</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={rolesOf(words())}>
                    {({ key, label }) => (
                      <tr data-testid={`signup-counts-${key}`}>
                        <th scope="row">{label}</th>
                        <td>{places(d().counts[key])}</td>
                        <td>{d().counts[key].pending}</td>
                        <td>{d().counts[key].waitListed}</td>
                        <td>{d().counts[key].refused}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <Show when={d().registration && d().registration!.codeVersion > 0 ? d().registration : null}>
              {(r) => <SignupLink registration={r()} newCode={props.state.newCode} />}
            </Show>
            <SignupForm registration={d().registration} set={props.state.set} />
          </>
        )}
      </Show>
    </section>
  );
}
