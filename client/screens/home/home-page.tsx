import { Show } from 'solid-js';
import { eventCreatedSchema, type EventCreated } from '../../../shared/protocol/answers';
import { TextField } from '../../ui/organizer-field';
import type { EventSettingsInput } from '../../../shared/schemas/settings';
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
    <main class="page home">
      <header class="home-hero">
        <h1>Tablehop</h1>
        <p class="lead">Run a speed-mentoring event from one laptop.</p>
      </header>
      <div class="home-grid">
        <section class="card home-about" aria-labelledby="about-title">
          <h2 id="about-title">What is Tablehop?</h2>
          <p>
            Mentors sit at tables; mentees move from table to table each round. Tablehop plans who meets whom so that
            everyone meets as many different mentors as possible, honours wishes, and spreads the rounds people sit out
            evenly.
          </p>
          <ul>
            <li>Add mentors and mentees, or paste a spreadsheet (CSV).</li>
            <li>Plan the rotation and check it at a glance.</li>
            <li>Run the clock from here; every phone, the mentors and the projector follow it live.</li>
          </ul>
          <p class="muted">
            No accounts: everyone gets a personal link. Your console link holds your organizer key, so keep it to
            yourself.
          </p>
        </section>
        <EventSettingsForm submit={submit} onDone={onCreated}>
          <Show when={createKey.required()}>
            <TextField
              id="create-key"
              label="Organizer access code"
              type="password"
              autocomplete="off"
              value={createKey.value()}
              onValue={createKey.setValue}
              hint="This Tablehop lets invited organizers create events: its host gave you the code."
            />
          </Show>
        </EventSettingsForm>
      </div>
      <BackupImport onCreated={onCreated} secret={createKey.secret} />
    </main>
  );
}
