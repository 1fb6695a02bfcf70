import { For, Show, type JSX } from 'solid-js';
import type { RoleLabels } from '../../../shared/schemas/role-labels';
import type { SignupInfo } from './join-api';
import { join } from '../../i18n/catalogues/join';
import { closedText } from './closed-reason';
import { roleParams } from './role-params';

type Role = 'mentee' | 'mentor';

const CHOICES = [
  { role: 'mentee', label: 'roleMentee', hint: 'roleMenteeHint' },
  { role: 'mentor', label: 'roleMentor', hint: 'roleMentorHint' },
] as const satisfies { role: Role; label: string; hint: string }[];

/** Mentee or mentor, as two big radio choices; a role that is closed (e.g. full) is disabled with the reason. */
export function RoleChoice(props: {
  roles: SignupInfo['status']['roles'];
  /** When sign-up closes (for the reason "closed at …"). */
  closesAt?: number | null;
  role: Role;
  onChange: (role: Role) => void;
  /** The event's own role words (issue 17). */
  labels?: RoleLabels | undefined;
}): JSX.Element {
  const words = () => roleParams(props.labels);
  return (
    <fieldset class="join-fieldset join-roles">
      <legend>{join.t('roleLegend')}</legend>
      <For each={CHOICES}>
        {(c) => {
          const state = () => props.roles[c.role];
          const closedBecause = () => {
            const s = state();
            return s.open ? null : closedText(s, c.role, props.closesAt ?? null, words());
          };
          return (
            <div class="join-role" classList={{ closed: !state().open }}>
              <input
                type="radio"
                name="signup-role"
                id={`signup-role-${c.role}`}
                value={c.role}
                checked={props.role === c.role}
                disabled={!state().open}
                aria-describedby={`signup-role-${c.role}-hint`}
                onChange={() => props.onChange(c.role)}
              />
              <label for={`signup-role-${c.role}`}>
                {join.t(c.label, words())}
                <span id={`signup-role-${c.role}-hint`} class="join-role-hint">
                  <Show when={closedBecause()} fallback={join.t(c.hint, words())}>
                    {(why) => join.t('roleClosed', { why: why() })}
                  </Show>
                </span>
              </label>
            </div>
          );
        }}
      </For>
    </fieldset>
  );
}
