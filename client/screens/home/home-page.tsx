import { Show } from 'solid-js';
import { eventCreatedSchema, type EventCreated } from '../../../shared/protocol/answers';
import { TextField } from '../../ui/organizer-field';
import type { EventSettingsInput } from '../../../shared/schemas/settings';
import { home } from '../../i18n/catalogues/home';
import { LanguageGate } from '../../i18n/language-gate';
import { LanguageMenu } from '../../i18n/language-menu';
import { api } from '../../live/api';
import { rememberSecret } from '../../live/secrets';
import { BackupImport } from './backup-import';
import { EventSettingsForm } from './event-settings-form';
import { consoleLink } from './console-link';
import { createCreateKey } from './create-key';
import { markNewEvent } from './new-event';
import './home.css';

/** The home page: what Tablehop is, and a form that creates an event and opens its console. */
export default function HomePage() {
  const createKey = createCreateKey();
  const submit = (settings: EventSettingsInput) =>
    api('/api/events', eventCreatedSchema, { method: 'POST', body: settings, secret: createKey.secret() });
  const onCreated = (c: EventCreated) => {
    rememberSecret(`tablehop:organizer:${c.event.id}`, c.organizerKey);
    // The console then says, once, that its link is the only way back in.
    markNewEvent(c.event.id);
    window.location.assign(consoleLink(c.links.organizer, c.event.id, c.organizerKey));
  };
  return (
    <LanguageGate>
      <main class="page home">
        <LanguageMenu />
        <header class="home-hero">
          {/* The name is a brand: the same in every language. */}
          <h1>Tablehop</h1>
          <p class="lead">{home.t('lead')}</p>
        </header>
        <div class="home-grid">
          <section class="card home-about" aria-labelledby="about-title">
            <h2 id="about-title">{home.t('aboutTitle')}</h2>
            <p>{home.t('aboutText')}</p>
            <ul>
              <li>{home.t('aboutAdd')}</li>
              <li>{home.t('aboutPlan')}</li>
              <li>{home.t('aboutRun')}</li>
            </ul>
            <p class="muted">{home.t('aboutKey')}</p>
          </section>
          <EventSettingsForm submit={submit} onDone={onCreated} words>
            <Show when={createKey.required()}>
              <TextField
                id="create-key"
                label={home.t('accessCodeLabel')}
                type="password"
                autocomplete="off"
                value={createKey.value()}
                onValue={createKey.setValue}
                hint={home.t('accessCodeHint')}
              />
            </Show>
          </EventSettingsForm>
        </div>
        <BackupImport onCreated={onCreated} secret={createKey.secret} />
      </main>
    </LanguageGate>
  );
}
