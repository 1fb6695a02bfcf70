import { createEffect, Show, type JSX } from 'solid-js';
import { home } from '../../i18n/catalogues/home';
import { TextField } from '../../ui/organizer-field';
import type { FieldErrors } from './event-form';
import { rolePlaceholder, type RoleDefaults, type RoleField, type RoleNameValues } from './role-names-form';

/**
 * The event's own words for its two roles (issue 17, `settings.labels`), on the home form and
 * in the console: the singulars, and the plurals behind a disclosure (most words take an "s",
 * which the placeholder shows). Each field shows its error by the API's path (`labels.mentor`).
 */
export function RoleNamesFields(props: {
  idPrefix: string;
  values: RoleNameValues;
  onValue: (field: RoleField, value: string) => void;
  errors: FieldErrors;
  defaults: RoleDefaults;
}): JSX.Element {
  const id = (f: RoleField) => `${props.idPrefix}-role-${f}`;
  const field = (f: RoleField, label: string) => (
    <TextField
      id={id(f)}
      label={label}
      value={props.values[f]}
      onValue={(v) => props.onValue(f, v)}
      error={props.errors[`labels.${f}`]}
      placeholder={rolePlaceholder(props.values, f, props.defaults)}
      autocomplete="off"
    />
  );
  // Opened when a plural is set or refused, so what is sent (or wrong) is in sight; never
  // closed from here (emptying a plural must not fold the field away under the typing).
  let plurals: HTMLDetailsElement | undefined;
  createEffect(() => {
    const e = props.errors;
    const wanted = props.values.mentors || props.values.mentees || e['labels.mentors'] || e['labels.mentees'];
    if (wanted && plurals) plurals.open = true;
  });
  return (
    <fieldset class="role-names">
      <legend>{home.t('roleNamesLegend')}</legend>
      <p class="muted field-hint">{home.t('roleNamesHint')}</p>
      <div class="field-row">
        {field('mentor', home.t('roleMentorLabel'))}
        {field('mentee', home.t('roleMenteeLabel'))}
      </div>
      <details class="role-plurals" ref={plurals}>
        <summary>{home.t('rolePluralsSummary')}</summary>
        <p class="muted field-hint">{home.t('rolePluralsHint')}</p>
        <div class="field-row">
          {field('mentors', home.t('roleMentorsLabel'))}
          {field('mentees', home.t('roleMenteesLabel'))}
        </div>
      </details>
      <Show when={props.errors.labels}>
        <p class="error">{props.errors.labels}</p>
      </Show>
    </fieldset>
  );
}
