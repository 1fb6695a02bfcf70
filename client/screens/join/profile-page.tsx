import { createEffect, createResource, Match, Switch, type JSX } from 'solid-js';
import { readSecret } from '../../live/secrets';
import { StatusScreen } from '../../ui/status-screen';
import { join } from '../../i18n/catalogues/join';
import { LanguageGate } from '../../i18n/language-gate';
import { LanguageMenu } from '../../i18n/language-menu';
import { common } from '../../i18n/catalogues/common';
import { setEventDefaultLanguage } from '../../i18n/current-language';
import { profileApi } from './join-api';
import { ProfileForm } from './profile-form';
import { roleParams } from './role-params';
import { formErrorsFrom } from './signup-errors';
import '../../ui/person.css';
import './join.css';

// The key the personal page remembers its token under (client/screens/person-page.tsx), spelled
// out here so this chunk does not pull in the personal page: /p then opens without its fragment.
const PERSON_TOKEN_KEY = 'tablehop.personToken';

/** `/join/:eventId/profile#token=…`: a mentor's invitation to complete their own profile. */
export default function ProfilePage(_props: { eventId: string }): JSX.Element {
  return (
    <LanguageGate>
      <LanguageMenu />
      <ProfileScreen />
    </LanguageGate>
  );
}

function ProfileScreen(): JSX.Element {
  const token = readSecret('token', PERSON_TOKEN_KEY);
  if (!token)
    return (
      <StatusScreen title={join.t('profileInvalidTitle')} tone="error" testId="invalid-link">
        <p>{join.t('profileInvalidText')}</p>
      </StatusScreen>
    );

  const me = profileApi(token);
  const [profile] = createResource(me.load);
  const personalLink = `/p#token=${encodeURIComponent(token)}`;
  // The event's default language applies where this device chose none (issue 19).
  createEffect(() => {
    if (profile.state === 'ready') void setEventDefaultLanguage(profile().event.locale);
  });
  const words = () => (profile.state === 'ready' ? roleParams(profile().event.labels) : roleParams(null));

  return (
    <Switch
      fallback={
        <StatusScreen title={common.t('loading')} testId="loading">
          <p class="muted">{join.t('profileLoading')}</p>
        </StatusScreen>
      }
    >
      <Match when={profile.error as unknown}>
        {(error) => (
          <StatusScreen title={join.t('profileErrorTitle')} tone="error" testId="load-error">
            <p>{formErrorsFrom(error(), 'actionOpenProfile').alert}</p>
          </StatusScreen>
        )}
      </Match>
      <Match when={profile.state === 'ready' && profile().role !== 'mentor'}>
        <StatusScreen title={join.t('notMentorTitle', words())} testId="not-mentor">
          <p>
            {join.rich('notMentorText', {
              ...words(),
              link: (chunks) => <a href={personalLink}>{chunks}</a>,
            })}
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
                {p().person.table ? (
                  <span class="table-chip join-h1-chip" dir="ltr">
                    {p().person.table}
                  </span>
                ) : null}
              </h1>
              <p class="muted">{join.t('profileIntro', words())}</p>
            </header>
            <ProfileForm initial={p().person} save={me.save} labels={p().event.labels} />
            <p class="join-personal">
              <a href={personalLink} data-testid="personal-page-link">
                {join.t('openPersonalPage')}
              </a>{' '}
              <span class="muted small">{join.t('personalPageHint')}</span>
            </p>
          </main>
        )}
      </Match>
    </Switch>
  );
}
