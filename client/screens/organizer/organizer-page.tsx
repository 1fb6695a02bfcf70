import { createEffect, createSignal, Match, on, Show, Switch, untrack } from 'solid-js';
import { forgetSecret, readSecret, rememberSecret } from '../../live/secrets';
import { createBrowserOnline } from '../../live/browser-online';
import { ConnectionNotice } from '../../ui/connection-notice';
import { Countdown } from '../../ui/countdown';
import { ENGLISH_GATE_WORDS } from '../../ui/gate-words';
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
    document.title = 'Event deleted · Tablehop';
    setDeleted({ name });
  };
  return (
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
  );
}

/** Without a key: say where it is, and let the organizer paste it. */
function MissingKey(props: { eventId: string; onKey: (key: string) => void }) {
  const [value, setValue] = createSignal('');
  return (
    <main class="page console-page">
      <h1>Organizer console</h1>
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
        {/* biome-ignore format: Biome's JSX fill puts the {' '} before <code> past the 120th column */}
        <p>
          This console needs the organizer key. Open the console link you got when you created the event (it
          ends in <code>#key=…</code>), or paste the link or the key here.
        </p>
        <div class="field">
          <label for="paste-key">Console link or organizer key</label>
          <input id="paste-key" autocomplete="off" value={value()} onInput={(e) => setValue(e.currentTarget.value)} />
        </div>
        <button type="submit">Open the console</button>
      </form>
      <p>
        <a href="/">Create a new event</a>
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
    document.title = name ? `${name} · Tablehop console` : 'Tablehop console';
  });
  // Issue 20: with no network the console says so plainly and turns its clock controls off.
  const browserOnline = createBrowserOnline();
  const label = () => (c.clock() ? consolePhase(c.clock()!) : '');
  const problem = () => {
    const err = c.loadError();
    if (c.connection.deleted()) return 'This event was deleted.';
    if (c.connection.status() === 'refused' || err?.status === 401 || err?.status === 403)
      return 'This key does not open this event. Check that you used the whole console link.';
    if (err?.status === 404) return 'There is no such event. It may have been deleted.';
    return err && !c.view() ? err.message : null;
  };

  return (
    <main class="page console-page">
      <ConnectionNotice
        status={c.connection.status}
        offlineText={() =>
          browserOnline() ? null : 'Offline: the console needs the server; the clock controls are off'
        }
      />
      <PhaseAnnouncer text={label} />
      <header class="console-header">
        <div>
          <p class="console-kicker">
            <a href="/">Tablehop</a> · organizer console
          </p>
          <h1 dir="auto">{c.view()?.event.name ?? 'Loading…'}</h1>
        </div>
        <Show when={c.view() && c.clock()?.status !== 'idle' && tab() !== 'run'}>
          <div class="mini-clock">
            <span class="mini-phase">{label()}</span>
            <Countdown clock={c.clock()} serverNow={c.serverNow} class="countdown-mini" />
          </div>
        </Show>
      </header>
      <Switch>
        <Match when={c.connection.status() === 'outdated'}>
          <div class="card" role="alert" data-testid="outdated-client">
            <h2>This console is out of date</h2>
            <ReloadPrompt words={ENGLISH_GATE_WORDS} />
          </div>
        </Match>
        <Match when={c.connection.status() === 'replaced'}>
          <div class="card" role="alert" data-testid="link-replaced">
            <h2>This console is open in too many places</h2>
            <ReplacedPrompt reclaim={() => c.connection.reclaim()} words={ENGLISH_GATE_WORDS} />
          </div>
        </Match>
        <Match when={problem()}>
          {(p) => (
            <div class="card" role="alert">
              <p class="error">{p()}</p>
              <p>
                <a href="/">Create a new event</a>
              </p>
            </div>
          )}
        </Match>
        <Match when={c.view()}>
          {(view) => (
            // The event's own words for the roles (issue 17), for every card of every tab.
            <RoleWordsProvider labels={view().event.labels}>
              <SaveLinkNotice eventId={props.eventId} link={view().links.organizer} />
              {/* The door changes' cards are h3: an h2 over them keeps the heading order (h1, h2, h3). */}
              <Show when={changes.review() || pendingOf(view(), c.clock() ?? view().clock).length > 0}>
                <h2 class="visually-hidden">Changes at the door</h2>
              </Show>
              <LiveChangesBar view={view()} clock={c.clock} api={live} changes={changes} />
              <ConsoleTabs
                label="Console sections"
                selected={tab()}
                onSelect={select}
                tabs={[
                  { key: 'people', label: `People (${view().mentors.length + view().mentees.length})` },
                  { key: 'checkin', label: 'Check-in' },
                  { key: 'plan', label: 'Plan' },
                  { key: 'run', label: 'Run' },
                  { key: 'print', label: 'Print & backup' },
                  { key: 'report', label: 'Report' },
                ]}
              />
              {/* Each panel opens with its h2 (read by screen readers), so the cards' h3 follow the h1 in order. */}
              <section {...tabPanelProps('people', tab() === 'people')} class="tab-panel">
                <h2 class="visually-hidden">People</h2>
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
                <h2 class="visually-hidden">Check-in</h2>
                <CheckInPanel view={view()} clock={c.clock} api={live} />
              </section>
              <section {...tabPanelProps('plan', tab() === 'plan')} class="tab-panel">
                <h2 class="visually-hidden">Plan</h2>
                <PlanPanel view={view()} http={c.http} clock={c.clock} review={changes.open} />
              </section>
              <section {...tabPanelProps('run', tab() === 'run')} class="tab-panel">
                <h2 class="visually-hidden">Run</h2>
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
                <h2 class="visually-hidden">Print and backup</h2>
                <PrintPanel view={view()} secret={props.secret} onDeleted={props.onDeleted} />
              </section>
              <section {...tabPanelProps('report', tab() === 'report')} class="tab-panel">
                <h2 class="visually-hidden">Report</h2>
                <ReportPanel api={report} active={() => tab() === 'report'} eventName={view().event.name} />
                <FeedbackClosesField view={view()} http={c.http} />
              </section>
            </RoleWordsProvider>
          )}
        </Match>
        <Match when={true}>
          <p class="muted" role="status">
            Loading the event…
          </p>
        </Match>
      </Switch>
    </main>
  );
}
