import { language } from '../../../i18n/current-language';
import { closedText } from '../../join/closed-reason';
import { roleParamsOf } from '../../join/role-params';
import { localRoleWords } from '../../../i18n/role-words';
import { consoleDateTime } from '../console-dates';
import { For, Show } from 'solid-js';
import type { RoleCounts } from '../../../../shared/event/views/signup-view';
import type { RoleWords } from '../../../../shared/labels/role-words';
import { consoleSignup } from '../../../i18n/catalogues/console-signup';
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

const { t } = consoleSignup;

/**
 * Where sign-up stands, in words: open (until when, and a full role), or closed and why. The
 * reasons are the server's words; the rest is the page language's (consoleSignup).
 */
export function signupStatusWords(d: RegistrationsAnswer, words: RoleWords = localRoleWords(null)): string {
  const r = d.registration;
  if (!r || (!r.open && r.codeVersion === 0)) return t('statusNotOpen');
  const s = d.status;
  // Outside English, the server's stable reason in the page's words (the sign-up page's
  // sentences); English keeps the server's own words, as the console has always shown them.
  const inWords = language() !== 'en';
  if (!s.open) {
    if (s.reason === 'closed' || !s.message) return t('statusClosed');
    return inWords ? closedText(s, null, s.closesAt) : t('statusClosedBecause', { why: s.message });
  }
  const open =
    s.closesAt === null ? t('statusOpen') : t('statusOpenUntil', { when: consoleDateTime(s.closesAt, 'long') });
  const how = r.approval === 'manual' ? t('statusManual') : t('statusAuto');
  const full = rolesOf(words).flatMap(({ key, label }) => {
    const role = s.roles[key];
    if (role.open) return [];
    if (inWords && role.reason === 'full') return [closedText(role, key, null, roleParamsOf(words))];
    return [t('statusRoleFull', { role: label, why: role.message })];
  });
  return [open, how, ...full].join(' ');
}

// Numbers as text: a cap of 5000 reads "5000" as the organizer typed it, not "5,000".
const places = (c: RoleCounts) =>
  c.max === null
    ? t('placesNoCap', { taken: String(c.placesTaken) })
    : t('placesOfMax', { taken: String(c.placesTaken), max: String(c.max) });

/**
 * Self sign-up (issue 16): whether it is open and why not, the places taken per role, the
 * link and its QR code once opened, and the settings. Its data is the console's SignupState.
 */
export function SignupCard(props: { state: SignupState }) {
  const words = useRoleWords();
  return (
    <section class="card signup-card" aria-labelledby="signup-title" data-testid="signup-card">
      <h3 id="signup-title">{t('signupTitle')}</h3>
      <p class="muted">{t('signupLead')}</p>
      <Show
        when={props.state.data()}
        fallback={
          <Show when={props.state.loadError()} fallback={<p class="muted">{t('signupLoading')}</p>}>
            {(why) => (
              <p role="alert" class="error">
                {t('signupLoadFailed', { why: why() })}
              </p>
            )}
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
                <caption class="visually-hidden">{t('countsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <span class="visually-hidden">{t('countsRole')}</span>
                    </th>
                    <th scope="col">{t('countsPlaces')}</th>
                    <th scope="col">{t('countsWaiting')}</th>
                    <th scope="col">{t('countsWaitListed')}</th>
                    <th scope="col">{t('countsRefused')}</th>
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
