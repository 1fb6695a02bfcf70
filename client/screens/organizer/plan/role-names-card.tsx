import { createEffect, createSignal, on, Show, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { Locale } from '../../../../shared/schemas/locale';
import type { EventSettingsPatch } from '../../../../shared/schemas/settings';
import { consolePlan } from '../../../i18n/catalogues/console-plan';
import { localRoleWords } from '../../../i18n/role-words';
import { ApiError } from '../../../live/api';
import { checkedTimeZone } from '../../home/time-zone-form';
import { TimeZoneField } from '../../home/time-zone-field';
import { EventLanguageField } from '../../home/event-language-field';
import type { FieldErrors } from '../../home/event-form';
import {
  labelsFromValues,
  localeToSend,
  roleNameValues,
  sameLabels,
  wordsErrorsFromIssues,
  type RoleField,
} from '../../home/role-names-form';
import { RoleNamesFields } from '../../home/role-names-fields';
import type { OrganizerApi } from '../organizer-api';

// An empty field stands for the page language's word, as on the home page's form.
const defaults = () => localRoleWords(null);

const { t } = consolePlan;

/**
 * The event's role names and language (issues 17, 19) in the console: a PATCH of only what
 * changed, the server's refusal shown at its field, and a way back to "Mentor" and "Mentee".
 * Words are not timing, so this can change at any time, even after the end.
 */
export function RoleNamesCard(props: { view: OrganizerView; http: Pick<OrganizerApi, 'patchSettings'> }): JSX.Element {
  const [values, setValues] = createStore(roleNameValues(props.view.event.labels));
  const [locale, setLocale] = createSignal<Locale>(props.view.event.locale ?? 'en');
  // The event's time zone (issue 19) sits with its language: both are how the event reads, not its timing.
  const [timeZone, setTimeZone] = createSignal(props.view.event.timeZone ?? '');
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [status, setStatus] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const peer = () => props.view.event.pairing === 'peer';
  // A change saved (here or in another console) comes back in the pushed view: the fields follow it.
  createEffect(
    on(
      () =>
        JSON.stringify([props.view.event.labels ?? null, props.view.event.locale ?? null, props.view.event.timeZone]),
      () => {
        setValues(roleNameValues(props.view.event.labels));
        setLocale(props.view.event.locale ?? 'en');
        setTimeZone(props.view.event.timeZone ?? '');
      },
      { defer: true },
    ),
  );
  const setRole = (field: RoleField, v: string) => {
    setValues(field, v);
    if (errors()[`labels.${field}`]) setErrors(({ [`labels.${field}`]: _, ...rest }) => rest);
  };

  const send = async (patch: EventSettingsPatch, done: string) => {
    setBusy(true);
    setStatus(null);
    try {
      await props.http.patchSettings(patch);
      setStatus({ kind: 'ok', text: done });
    } catch (err) {
      const fields = err instanceof ApiError ? wordsErrorsFromIssues(err.issues) : {};
      setErrors(fields);
      const reason = err instanceof ApiError ? err.message : String(err);
      setStatus({ kind: 'error', text: Object.keys(fields).length > 0 ? t('fixFields') : reason });
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    setStatus(null);
    const words = peer()
      ? { ok: true as const, labels: props.view.event.labels ?? null }
      : labelsFromValues(values, defaults());
    const zone = checkedTimeZone(timeZone());
    if (!words.ok || !zone.ok) {
      setErrors({
        ...(words.ok ? {} : words.errors),
        ...(zone.ok ? {} : { timeZone: t('notTimeZone') }),
      });
      setStatus({ kind: 'error', text: t('fixFields') });
      return;
    }
    setErrors({});
    const patch: EventSettingsPatch = {};
    if (!sameLabels(words.labels, props.view.event.labels)) patch.labels = words.labels;
    const to = localeToSend(locale());
    if (to !== (props.view.event.locale ?? null)) patch.locale = to;
    if (zone.timeZone !== (props.view.event.timeZone ?? null)) patch.timeZone = zone.timeZone;
    if (Object.keys(patch).length === 0) return setStatus({ kind: 'ok', text: t('nothingToSave') });
    const w = localRoleWords(words.labels);
    void send(patch, peer() ? t('saved') : t('savedRoles', { Mentors: w.mentors, Mentees: w.mentees }));
  };

  return (
    <form class="card role-names-card" onSubmit={onSubmit} novalidate aria-labelledby="role-names-title">
      <h3 id="role-names-title">{t('roleNamesTitle')}</h3>
      <Show
        when={!peer()}
        fallback={
          <p class="muted" data-testid="peer-role-names">
            {t('peerNoRoles')}
          </p>
        }
      >
        <RoleNamesFields idPrefix="console" values={values} onValue={setRole} errors={errors()} defaults={defaults()} />
      </Show>
      <EventLanguageField id="console-locale" value={locale()} onValue={setLocale} error={errors().locale} />
      <TimeZoneField id="console-time-zone" value={timeZone()} onValue={setTimeZone} error={errors().timeZone} />
      <div class="start-actions">
        <button type="submit" class="secondary small" disabled={busy()}>
          {busy() ? t('saving') : t('saveNames')}
        </button>
        <Show when={props.view.event.labels && !peer()}>
          <button
            type="button"
            class="secondary small"
            disabled={busy()}
            onClick={() => {
              setErrors({});
              void send({ labels: null }, t('backToDefaultDone'));
            }}
          >
            {t('backToDefault')}
          </button>
        </Show>
      </div>
      <div role="status" data-testid="role-names-status">
        <Show when={status()}>{(s) => <p class={s().kind === 'ok' ? 'ok' : 'error'}>{s().text}</p>}</Show>
      </div>
    </form>
  );
}
