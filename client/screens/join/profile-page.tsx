import { createResource, Match, Switch, type JSX } from 'solid-js';
import { readSecret } from '../../live/secrets';
import { StatusScreen } from '../../ui/status-screen';
import { profileApi } from './join-api';
import { ProfileForm } from './profile-form';
import { formErrorsFrom } from './signup-errors';
import '../../ui/person.css';
import './join.css';

// The key the personal page remembers its token under (client/screens/person-page.tsx), spelled
// out here so this chunk does not pull in the personal page: /p then opens without its fragment.
const PERSON_TOKEN_KEY = 'tablehop.personToken';

/** `/join/:eventId/profile#token=…`: a mentor's invitation to complete their own profile. */
export default function ProfilePage(_props: { eventId: string }): JSX.Element {
  const token = readSecret('token', PERSON_TOKEN_KEY);
  if (!token)
    return (
      <StatusScreen title="This link is not valid" tone="error" testId="invalid-link">
        <p>It has no personal code. Open the link from your invitation again, or ask the organizer for it.</p>
      </StatusScreen>
    );

  const me = profileApi(token);
  const [profile] = createResource(me.load);
  const personalLink = `/p#token=${encodeURIComponent(token)}`;

  return (
    <Switch
      fallback={
        <StatusScreen title="Loading…" testId="loading">
          <p class="muted">Getting your profile.</p>
        </StatusScreen>
      }
    >
      <Match when={profile.error as unknown}>
        {(error) => (
          <StatusScreen title="Your profile cannot open" tone="error" testId="load-error">
            <p>{formErrorsFrom(error(), 'open your profile').alert}</p>
          </StatusScreen>
        )}
      </Match>
      <Match when={profile.state === 'ready' && profile().role !== 'mentor'}>
        <StatusScreen title="This page is for mentors" testId="not-mentor">
          <p>
            Your link is a mentee's. <a href={personalLink}>Open your own page</a> to see your schedule and questions.
          </p>
        </StatusScreen>
      </Match>
      <Match when={profile.state === 'ready' && profile()}>
        {(p) => (
          <main class="person join" data-testid="profile-page">
            <header class="join-head">
              <p class="join-kicker" dir="auto">
                {p().event.name}
              </p>
              <h1>
                <span dir="auto">{p().person.name}</span>
                {p().person.table ? <span class="table-chip join-h1-chip">{p().person.table}</span> : null}
              </h1>
              <p class="muted">Mentees read your profile when they sign up and before they come to your table.</p>
            </header>
            <ProfileForm initial={p().person} save={me.save} />
            <p class="join-personal">
              <a href={personalLink} data-testid="personal-page-link">
                Open your personal page
              </a>{' '}
              <span class="muted small">(who comes to your table, the countdown)</span>
            </p>
          </main>
        )}
      </Match>
    </Switch>
  );
}
