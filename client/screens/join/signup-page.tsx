import { createEffect, createResource, createSignal, Match, Show, Switch, type JSX } from 'solid-js';
import { createDateLocale } from '../../live/date-locale';
import { join } from '../../i18n/catalogues/join';
import { LanguageGate } from '../../i18n/language-gate';
import { LanguageMenu } from '../../i18n/language-menu';
import { common } from '../../i18n/catalogues/common';
import { setEventDefaultLanguage } from '../../i18n/current-language';
import { StatusScreen } from '../../ui/status-screen';
import { EventSummary } from './event-summary';
import { joinApi, type SignupAnswer } from './join-api';
import { MentorList } from './mentor-card';
import { roleParams } from './role-params';
import { readSignupCode } from './signup-code';
import { SignupDone } from './signup-done';
import { closedText } from './closed-reason';
import { formErrorsFrom } from './signup-errors';
import { SignupForm } from './signup-form';
import '../../ui/person.css';
import './join.css';

/**
 * `/join/:eventId#code=…`: the public sign-up page of an event (docs/api.md, "Self sign-up").
 * The code in the fragment opens it; it travels only as the bearer of the API calls.
 */
export default function SignupPage(props: { eventId: string }): JSX.Element {
  return (
    <LanguageGate>
      <LanguageMenu />
      <SignupScreen eventId={props.eventId} />
    </LanguageGate>
  );
}

function SignupScreen(props: { eventId: string }): JSX.Element {
  const code = readSignupCode(props.eventId);
  if (!code)
    return (
      <StatusScreen title={join.t('invalidLinkTitle')} tone="error" testId="invalid-link">
        <p>{join.t('invalidLinkText')}</p>
      </StatusScreen>
    );

  const calls = joinApi(props.eventId, code);
  const [info] = createResource(calls.load);
  const locale = createDateLocale();
  const [done, setDone] = createSignal<SignupAnswer | null>(null);
  // The event's default language applies where this device chose none (menu, then browser, first).
  createEffect(() => {
    if (info.state === 'ready') void setEventDefaultLanguage(info().event.locale);
  });

  return (
    <Switch
      fallback={
        <StatusScreen title={common.t('loading')} testId="loading">
          <p class="muted">{join.t('loadingEvent')}</p>
        </StatusScreen>
      }
    >
      <Match when={info.error as unknown}>
        {(error) => (
          <StatusScreen title={join.t('loadErrorTitle')} tone="error" testId="load-error">
            <p>{formErrorsFrom(error(), 'actionOpenSignup').alert}</p>
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
                  <h2 id="closed-heading">{join.t('closedTitle')}</h2>
                  <p>{closedText(view().status, null, view().status.closesAt)}</p>
                </section>
                <Show when={view().mentors.length > 0}>
                  <section aria-labelledby="mentors-heading">
                    <h2 id="mentors-heading">{join.t('mentorsTitle', roleParams(view().event.labels))}</h2>
                    <MentorList mentors={view().mentors} />
                  </section>
                </Show>
              </Match>
              <Match when={view().status.open}>
                <SignupForm info={view()} submit={calls.submit} onDone={setDone} />
              </Match>
            </Switch>
          </main>
        )}
      </Match>
    </Switch>
  );
}
