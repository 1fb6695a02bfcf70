import { createResource, createSignal, Match, Show, Switch, type JSX } from 'solid-js';
import { createDateLocale } from '../../live/date-locale';
import { StatusScreen } from '../../ui/status-screen';
import { EventSummary } from './event-summary';
import { joinApi, type SignupAnswer } from './join-api';
import { MentorList } from './mentor-card';
import { readSignupCode } from './signup-code';
import { SignupDone } from './signup-done';
import { formErrorsFrom, sentence } from './signup-errors';
import { SignupForm } from './signup-form';
import '../../ui/person.css';
import './join.css';

/**
 * `/join/:eventId#code=…`: the public sign-up page of an event (docs/api.md, "Self sign-up").
 * The code in the fragment opens it; it travels only as the bearer of the API calls.
 */
export default function SignupPage(props: { eventId: string }): JSX.Element {
  const code = readSignupCode(props.eventId);
  if (!code)
    return (
      <StatusScreen title="This sign-up link is not complete" tone="error" testId="invalid-link">
        <p>It has no sign-up code. Scan the QR code on the poster again, or ask the organizer for the link.</p>
      </StatusScreen>
    );

  const join = joinApi(props.eventId, code);
  const [info] = createResource(join.load);
  const locale = createDateLocale();
  const [done, setDone] = createSignal<SignupAnswer | null>(null);

  return (
    <Switch
      fallback={
        <StatusScreen title="Loading…" testId="loading">
          <p class="muted">Getting the event's sign-up page.</p>
        </StatusScreen>
      }
    >
      <Match when={info.error as unknown}>
        {(error) => (
          <StatusScreen title="This sign-up page cannot open" tone="error" testId="load-error">
            <p>{formErrorsFrom(error(), 'open the sign-up page').alert}</p>
          </StatusScreen>
        )}
      </Match>
      <Match when={info.state === 'ready' && info()}>
        {(view) => (
          <main class="person join" data-testid="signup-page">
            <EventSummary event={view().event} locale={locale()} />
            <Switch>
              <Match when={done()}>{(answer) => <SignupDone answer={answer()} />}</Match>
              <Match when={!view().status.open}>
                <section class="card join-closed" aria-labelledby="closed-heading" data-testid="signup-closed">
                  <h2 id="closed-heading">Sign-up is closed</h2>
                  <p>{sentence(view().status.message ?? 'registration is closed')}</p>
                </section>
                <Show when={view().mentors.length > 0}>
                  <section aria-labelledby="mentors-heading">
                    <h2 id="mentors-heading">The mentors</h2>
                    <MentorList mentors={view().mentors} />
                  </section>
                </Show>
              </Match>
              <Match when={view().status.open}>
                <SignupForm info={view()} submit={join.submit} onDone={setDone} />
              </Match>
            </Switch>
          </main>
        )}
      </Match>
    </Switch>
  );
}
