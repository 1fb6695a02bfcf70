import { createSignal, For, Show, type JSX } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import type { Locale } from '../../../shared/schemas/locale';
import type { EventSettingsInput } from '../../../shared/schemas/settings';
import { ApiError } from '../../live/api';
import { home } from '../../i18n/catalogues/home';
import { localRoleWords } from '../../i18n/role-words';
import { TextField } from '../../ui/organizer-field';
import {
  fieldErrorsFromIssues,
  formatDuration,
  initialFormValues,
  settingsFromForm,
  totalSeconds,
  type EventFormValues,
  type FieldErrors,
} from './event-form';
import { EventLanguageField } from './event-language-field';
import { checkedTimeZone } from './time-zone-form';
import { deviceTimeZone, TimeZoneField } from './time-zone-field';
import { labelsFromValues, localeToSend, roleNameValues, type RoleField } from './role-names-form';
import { RoleNamesFields } from './role-names-fields';
import { reasonText } from '../../i18n/issue-text';

/**
 * The event settings form (create on the home page, change in the console): validates with the
 * shared schema before sending, shows each problem next to its field (and the server's, if it
 * still refuses), then hands over to `onDone` (the console has none: the server pushes the
 * changed view).
 */
export function EventSettingsForm<T>(props: {
  submit: (settings: EventSettingsInput) => Promise<T>;
  onDone?: (result: T) => void;
  initial?: EventFormValues;
  title?: string;
  submitLabel?: string;
  busyLabel?: string;
  /** Prefix of the fields' ids, so two forms never share one. */
  idPrefix?: string;
  roundsHint?: string;
  /** Said after a successful submit (the create form navigates away instead). */
  savedText?: string;
  /** Ask for the role names and the event's language too (the create form; the console has a card of its own). */
  words?: boolean;
  children?: JSX.Element;
}) {
  const [saved, setSaved] = createSignal('');
  const [values, setValues] = createStore<EventFormValues>(props.initial ?? initialFormValues());
  const id = (name: string) => `${props.idPrefix ?? 'ev'}-${name}`;
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [busy, setBusy] = createSignal(false);
  let nextKey = (props.initial?.breaks.length ?? 0) + 1;
  let formEl: HTMLFormElement | undefined;

  // The role names and the language (issues 17, 19): sent only when set, so a plain event stays as it was.
  const [roles, setRoles] = createStore(roleNameValues(null));
  const [locale, setLocale] = createSignal<Locale>('en');
  // The event's time zone (issue 19): the organizer's own to begin with, as most events are where they are.
  const [timeZone, setTimeZone] = createSignal(deviceTimeZone());
  const defaults = () => localRoleWords(null);
  const check = (): ReturnType<typeof settingsFromForm> => {
    const checked = settingsFromForm(values);
    if (!props.words) return checked;
    const words = labelsFromValues(roles, defaults());
    const zone = checkedTimeZone(timeZone());
    if (!checked.ok || !words.ok || !zone.ok)
      return {
        ok: false,
        errors: {
          ...(checked.ok ? {} : checked.errors),
          ...(words.ok ? {} : words.errors),
          ...(zone.ok ? {} : { timeZone: home.t('eventTimeZoneInvalid') }),
        },
      };
    const to = localeToSend(locale());
    return {
      ok: true,
      settings: {
        ...checked.settings,
        ...(words.labels ? { labels: words.labels } : {}),
        ...(to ? { locale: to } : {}),
        ...(zone.timeZone ? { timeZone: zone.timeZone } : {}),
      },
    };
  };

  let attempted = false;
  // After a first submit, the errors follow the typing (a fixed field loses its error at once).
  const recheck = () => {
    if (!attempted) return;
    const checked = check();
    setErrors(checked.ok ? {} : checked.errors);
  };
  const setRole = (field: RoleField, v: string) => {
    setRoles(field, v);
    recheck();
  };
  const set = (field: Exclude<keyof EventFormValues, 'breaks'>) => (v: string) => {
    setValues(field, v);
    recheck();
  };
  const setBreak = (i: number, field: 'afterRound' | 'minutes', v: string) => {
    setValues(
      'breaks',
      produce((b) => {
        b[i]![field] = v;
      }),
    );
    recheck();
  };
  const addBreak = () => setValues('breaks', (b) => [...b, { key: nextKey++, afterRound: '', minutes: '10' }]);
  const removeBreak = (key: number) => {
    setValues('breaks', (b) => b.filter((x) => x.key !== key));
    recheck();
  };
  const total = () => totalSeconds(values);

  const focusFirstError = () =>
    queueMicrotask(() => formEl?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    attempted = true;
    const checked = check();
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError();
      return;
    }
    setErrors({});
    setSaved('');
    setBusy(true);
    try {
      const result = await props.submit(checked.settings);
      props.onDone?.(result);
      setSaved(props.savedText ?? '');
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0)
        setErrors({ form: reasonText(err), ...fieldErrorsFromIssues(err.issues) });
      else setErrors({ form: err instanceof Error ? err.message : home.t('couldNotCreate') });
      focusFirstError();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formEl} class="event-settings card" novalidate onSubmit={onSubmit} aria-labelledby={id('title')}>
      <h2 id={id('title')}>{props.title ?? home.t('formTitle')}</h2>
      {props.children}
      <TextField
        id={id('name')}
        label={home.t('nameLabel')}
        value={values.name}
        onValue={set('name')}
        error={errors().name}
        autocomplete="off"
        placeholder={home.t('namePlaceholder')}
      />
      <div class="field-row">
        <TextField
          id={id('round')}
          label={home.t('roundLabel')}
          inputmode="decimal"
          value={values.roundMinutes}
          onValue={set('roundMinutes')}
          error={errors().roundMinutes}
          hint={home.t('roundHint', { example: 1.5 })}
        />
        <TextField
          id={id('changeover')}
          label={home.t('changeoverLabel')}
          inputmode="decimal"
          value={values.changeoverMinutes}
          onValue={set('changeoverMinutes')}
          error={errors().changeoverMinutes}
          hint={home.t('changeoverHint')}
        />
      </div>
      <div class="field-row">
        <TextField
          id={id('rounds')}
          label={home.t('roundsLabel')}
          inputmode="numeric"
          value={values.rounds}
          onValue={set('rounds')}
          error={errors().rounds}
          hint={props.roundsHint ?? home.t('roundsHint')}
        />
        <TextField
          id={id('capacity')}
          label={home.t('capacityLabel')}
          inputmode="numeric"
          value={values.tableCapacity}
          onValue={set('tableCapacity')}
          error={errors().tableCapacity}
        />
      </div>
      <fieldset class="breaks">
        <legend>{home.t('breaksLegend')}</legend>
        <p class="muted field-hint">{home.t('breaksHint')}</p>
        <For each={values.breaks}>
          {(row, i) => (
            <div class="break-row" data-testid="break-row">
              <TextField
                id={id(`break-${row.key}-after`)}
                label={
                  <>
                    <span class="visually-hidden">{home.t('breakNumber', { n: i() + 1 })}</span>
                    {home.t('afterRoundLabel')}
                  </>
                }
                inputmode="numeric"
                value={row.afterRound}
                onValue={(v) => setBreak(i(), 'afterRound', v)}
                error={errors()[`breaks.${i()}.afterRound`]}
              />
              <TextField
                id={id(`break-${row.key}-minutes`)}
                label={
                  <>
                    <span class="visually-hidden">{home.t('breakNumber', { n: i() + 1 })}</span>
                    {home.t('breakLengthLabel')}
                  </>
                }
                inputmode="decimal"
                value={row.minutes}
                onValue={(v) => setBreak(i(), 'minutes', v)}
                error={errors()[`breaks.${i()}.minutes`]}
              />
              <button
                type="button"
                class="secondary"
                onClick={() => removeBreak(row.key)}
                aria-label={home.t('removeBreakLabel', { n: i() + 1 })}
              >
                {home.t('remove')}
              </button>
            </div>
          )}
        </For>
        <Show when={errors().breaks}>
          <p class="error">{errors().breaks}</p>
        </Show>
        <button type="button" class="secondary" onClick={addBreak}>
          {home.t('addBreak')}
        </button>
      </fieldset>
      <Show when={props.words}>
        <RoleNamesFields
          idPrefix={props.idPrefix ?? 'ev'}
          values={roles}
          onValue={setRole}
          errors={errors()}
          defaults={defaults()}
        />
        <EventLanguageField id={id('locale')} value={locale()} onValue={setLocale} error={errors().locale} />
        <TimeZoneField
          id={id('timeZone')}
          value={timeZone()}
          onValue={(v) => {
            setTimeZone(v);
            recheck();
          }}
          error={errors().timeZone}
        />
      </Show>
      <Show when={total()}>
        {(t) => (
          <p class="muted" data-testid="total-time">
            {home.t('totalTime', { duration: formatDuration(t()) })}
          </p>
        )}
      </Show>
      <div role="alert" class="form-alert">
        <Show when={errors().form}>
          <p class="error">{errors().form}</p>
        </Show>
        <Show when={!errors().form && Object.keys(errors()).length > 0}>
          <p class="error">{home.t('fixFields')}</p>
        </Show>
      </div>
      <div role="status" class="form-status">
        <Show when={saved()}>
          <p class="ok">{saved()}</p>
        </Show>
      </div>
      <button type="submit" disabled={busy()}>
        {busy() ? (props.busyLabel ?? home.t('creating')) : (props.submitLabel ?? home.t('create'))}
      </button>
    </form>
  );
}
