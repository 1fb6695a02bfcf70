import { createEffect, createSignal, Match, on, Show, Switch, untrack } from 'solid-js';
import { forgetSecret, readSecret, rememberSecret } from '../../live/secrets';
import { createBrowserOnline } from '../../live/browser-online';
import { consoleText } from '../../i18n/catalogues/console';
import { InEventLanguage } from '../../i18n/in-event-language';
import { LanguageGate } from '../../i18n/language-gate';
import { LanguageMenu } from '../../i18n/language-menu';
// The gate's words of a live page (out of date, open in too many places), as the phone says them.
import { PHONE_GATE_WORDS } from '../person-gate-texts';
import { ConnectionNotice } from '../../ui/connection-notice';
import { Countdown } from '../../ui/countdown';
import { ReloadPrompt } from '../../ui/outdated-page';
import { ReplacedPrompt } from '../../ui/replaced-prompt';
import { PhaseAnnouncer } from '../../ui/phase-announcer';
import { CheckInPanel } from './check-in/check-in-panel';
import { ConsoleTabs, tabPanelProps } from './console-tabs';
import { initialTab, isConsoleTab, type ConsoleTab } from './initial-tab';
import { mailApi } from './mail/mail-api';
import { createMailState } from './mail/mail-state';
import { personMailInView } from './mail/mail-text';
import { createOrganizerConsole } from './organizer-console';
import { PeoplePanel } from './people/people-panel';
import { registrationApi } from './people/registration-api';
import { PlanPanel } from './plan/plan-panel';
import { EventDeleted } from './print/delete-event';
import { PrintPanel } from './print/print-panel';
import { createLiveChanges, LiveChangesBar } from './replan/live-changes';
import { reportApi } from './report/report-api';
import { FeedbackClosesField } from './report/feedback-closes-field';
import { ReportPanel } from './report/report-panel';
import { liveChangesApi } from './replan/live-changes-api';
import { pendingOf } from './replan/pending';
import { consolePhase } from './run/console-phase';
import { RoleWordsProvider } from './role-words';
import { RunPanel } from './run/run-panel';
import { SaveLinkNotice } from './save-link-notice';
import './organizer.css';

const storageKey = (eventId: string) => `tablehop:organizer:${eventId}`;

/** The organizer console of one event; the key comes from the link's `#key=` (or was remembered). */
export default function OrganizerPage(props: { eventId: string }) {
  const [key, setKey] = createSignal(readSecret('key', storageKey(props.eventId)));
  // Set once the organizer deleted the event from this console: the key is forgotten and the
  // console (with its connection) goes away.
  const [deleted, setDeleted] = createSignal<{ name: string } | null>(null);
  const onDeleted = (name: string) => {
    forgetSecret(storageKey(props.eventId));
    if (window.location.hash.includes('key='))
      history.replaceState(null, '', window.location.pathname + window.location.search);
    document.title = consoleText.t('eventDeletedTitle');
    setDeleted({ name });
  };
  // In the reader's language (issue 19): the device's choice, its browser's, else the event's default.
  return (
    <LanguageGate>
      <Show when={!deleted()} fallback={<EventDeleted eventName={deleted()?.name ?? null} />}>
        <Show
          when={key()}
          keyed
          fallback={
            <MissingKey
              eventId={props.eventId}
              onKey={(k) => {
                rememberSecret(storageKey(props.eventId), k);
                setKey(k);
              }}
            />
          }
        >
          {(k) => <Console eventId={props.eventId} secret={k} onDeleted={onDeleted} />}
        </Show>
      </Show>
    </LanguageGate>
  );
}

/** Without a key: say where it is, and let the organizer paste it. */
function MissingKey(props: { eventId: string; onKey: (key: string) => void }) {
  const [value, setValue] = createSignal('');
  return (
    <main class="page console-page">
      <LanguageMenu id="console-language" />
      <h1>{consoleText.t('consoleHeading')}</h1>
      <form
        class="card"
        onSubmit={(e) => {
          e.preventDefault();
          const v = value()
            .trim()
            .replace(/^.*#key=/, '');
          if (v) props.onKey(v);
        }}
      >
        <p>
          {consoleText.t('needsKey')} {consoleText.rich('needsKeyHow', { key: <code>#key=…</code> })}
        </p>
        <div class="field">
          <label for="paste-key">{consoleText.t('pasteKeyLabel')}</label>
          <input id="paste-key" autocomplete="off" value={value()} onInput={(e) => setValue(e.currentTarget.value)} />
        </div>
        <button type="submit">{consoleText.t('openConsole')}</button>
      </form>
      <p>
        <a href="/">{consoleText.t('createNewEvent')}</a>
      </p>
    </main>
  );
}

function Console(props: { eventId: string; secret: string; onDeleted: (name: string) => void }) {
  const c = createOrganizerConsole(props.eventId, props.secret);
  const live = liveChangesApi(props.eventId, props.secret);
  const report = reportApi(props.eventId, props.secret);
  const signup = registrationApi(props.eventId, props.secret);
  const changes = createLiveChanges();
  const tabStore = `tablehop:organizer-tab:${props.eventId}`;
  const stored = (() => {
    try {
      return sessionStorage.getItem(tabStore);
    } catch {
      return null;
    }
  })();
  const [tab, setTab] = createSignal<ConsoleTab>(isConsoleTab(stored) ? stored : 'people');
  // Once a tab is chosen (remembered, picked for the first load, or clicked) it stays: the view
  // can go away and come back (a reconnect), and that must not pull the organizer off the tab.
  let chosen = isConsoleTab(stored);
  // The send log is read while a tab that shows it is open (and again while mails are on the way).
  const mail = createMailState(
    mailApi(props.eventId, props.secret),
    () => c.view() !== null && (tab() === 'run' || tab() === 'people'),
    () => c.view()?.event.timeZone,
  );
  const mailText = (personId: string) => {
    const v = c.view();
    // The time of the view's last change, not every second's: a text being copied must not re-render.
    return v ? personMailInView(v, c.clock(), personId, untrack(c.serverNow), mail.timeZone) : null;
  };
  const select = (t: ConsoleTab) => {
    chosen = true;
    setTab(t);
    try {
      sessionStorage.setItem(tabStore, t);
    } catch {
      /* storage unavailable */
    }
  };
  // First load without a remembered tab: open where the organizer most likely is.
  createEffect(
    on(
      () => c.view() !== null,
      (loaded) => {
        if (!loaded || chosen) return;
        chosen = true;
        setTab(initialTab(c.view()!));
      },
    ),
  );
  createEffect(() => {
    const name = c.view()?.event.name;
    document.title = name ? consoleText.t('titleOfEvent', { event: name }) : consoleText.t('titleNoEvent');
  });
  // Issue 20: with no network the console says so plainly and turns its clock controls off.
  const browserOnline = createBrowserOnline();
  const label = () => (c.clock() ? consolePhase(c.clock()!) : '');
  const problem = () => {
    const err = c.loadError();
    if (c.connection.deleted()) return consoleText.t('eventWasDeleted');
    if (c.connection.status() === 'refused' || err?.status === 401 || err?.status === 403)
      return consoleText.t('wrongKey');
    if (err?.status === 404) return consoleText.t('noSuchEvent');
    return err && !c.view() ? err.message : null;
  };

  return (
    <main class="page console-page">
      <ConnectionNotice
        status={c.connection.status}
        offlineText={() => (browserOnline() ? null : consoleText.t('offline'))}
        reconnecting={PHONE_GATE_WORDS.reconnecting}
      />
      <LanguageMenu id="console-language" />
      <PhaseAnnouncer text={label} />
      <header class="console-header">
        <div>
          <p class="console-kicker">{consoleText.rich('kicker', { home: (chunks) => <a href="/">{chunks}</a> })}</p>
          <h1 dir="auto">{c.view()?.event.name ?? consoleText.t('loadingName')}</h1>
        </div>
        <Show when={c.view() && c.clock()?.status !== 'idle' && tab() !== 'run'}>
          <div class="mini-clock">
            <span class="mini-phase">{label()}</span>
            <Countdown
              clock={c.clock()}
              serverNow={c.serverNow}
              class="countdown-mini"
              label={(time) => consoleText.t('timeLeft', { time })}
            />
          </div>
        </Show>
      </header>
      <Switch>
        <Match when={c.connection.status() === 'outdated'}>
          <div class="card" role="alert" data-testid="outdated-client">
            <h2>{consoleText.t('outdatedHeading')}</h2>
            <ReloadPrompt words={PHONE_GATE_WORDS} />
          </div>
        </Match>
        <Match when={c.connection.status() === 'replaced'}>
          <div class="card" role="alert" data-testid="link-replaced">
            <h2>{consoleText.t('replacedHeading')}</h2>
            <ReplacedPrompt reclaim={() => c.connection.reclaim()} words={PHONE_GATE_WORDS} />
          </div>
        </Match>
        <Match when={problem()}>
          {(p) => (
            <div class="card" role="alert">
              <p class="error">{p()}</p>
              <p>
                <a href="/">{consoleText.t('createNewEvent')}</a>
              </p>
            </div>
          )}
        </Match>
        <Match when={c.view()}>
          {(view) => (
            // The event's own words for the roles (issue 17), for every card of every tab, in the
            // event's language where this laptop chose none and its browser prefers none of ours.
            <InEventLanguage locale={() => view().event.locale}>
              <RoleWordsProvider labels={view().event.labels}>
                <SaveLinkNotice eventId={props.eventId} link={view().links.organizer} />
                {/* The door changes' cards are h3: an h2 over them keeps the heading order (h1, h2, h3). */}
                <Show when={changes.review() || pendingOf(view(), c.clock() ?? view().clock).length > 0}>
                  <h2 class="visually-hidden">{consoleText.t('changesAtDoor')}</h2>
                </Show>
                <LiveChangesBar view={view()} clock={c.clock} api={live} changes={changes} />
                <ConsoleTabs
                  label={consoleText.t('tabsLabel')}
                  selected={tab()}
                  onSelect={select}
                  tabs={[
                    {
                      key: 'people',
                      label: consoleText.t('tabPeople', { count: view().mentors.length + view().mentees.length }),
                    },
                    { key: 'checkin', label: consoleText.t('tabCheckIn') },
                    { key: 'plan', label: consoleText.t('tabPlan') },
                    { key: 'run', label: consoleText.t('tabRun') },
                    { key: 'print', label: consoleText.t('tabPrint') },
                    { key: 'report', label: consoleText.t('tabReport') },
                  ]}
                />
                {/* Each panel opens with its h2 (read by screen readers), so the cards' h3 follow the h1 in order. */}
                <section {...tabPanelProps('people', tab() === 'people')} class="tab-panel">
                  <h2 class="visually-hidden">{consoleText.t('panelPeople')}</h2>
                  <PeoplePanel
                    view={view()}
                    http={c.http}
                    clock={c.clock}
                    review={() => changes.open()}
                    mail={{ state: mail, textOf: mailText }}
                    signup={signup}
                  />
                </section>
                <section {...tabPanelProps('checkin', tab() === 'checkin')} class="tab-panel">
                  <h2 class="visually-hidden">{consoleText.t('tabCheckIn')}</h2>
                  <CheckInPanel view={view()} clock={c.clock} api={live} />
                </section>
                <section {...tabPanelProps('plan', tab() === 'plan')} class="tab-panel">
                  <h2 class="visually-hidden">{consoleText.t('tabPlan')}</h2>
                  <PlanPanel view={view()} http={c.http} clock={c.clock} review={changes.open} />
                </section>
                <section {...tabPanelProps('run', tab() === 'run')} class="tab-panel">
                  <h2 class="visually-hidden">{consoleText.t('tabRun')}</h2>
                  <RunPanel
                    view={view()}
                    clock={c.clock}
                    serverNow={c.serverNow}
                    send={c.sendClock}
                    active={() => tab() === 'run'}
                    mail={mail}
                    offline={() => !browserOnline()}
                  />
                </section>
                <section {...tabPanelProps('print', tab() === 'print')} class="tab-panel">
                  <h2 class="visually-hidden">{consoleText.t('panelPrint')}</h2>
                  <PrintPanel view={view()} secret={props.secret} onDeleted={props.onDeleted} />
                </section>
                <section {...tabPanelProps('report', tab() === 'report')} class="tab-panel">
                  <h2 class="visually-hidden">{consoleText.t('tabReport')}</h2>
                  <ReportPanel api={report} active={() => tab() === 'report'} eventName={view().event.name} />
                  <FeedbackClosesField view={view()} http={c.http} />
                </section>
              </RoleWordsProvider>
            </InEventLanguage>
          )}
        </Match>
        <Match when={true}>
          <p class="muted" role="status">
            {consoleText.t('loadingEvent')}
          </p>
        </Match>
      </Switch>
    </main>
  );
}
