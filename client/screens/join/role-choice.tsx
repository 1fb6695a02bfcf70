import { For, Show, type JSX } from 'solid-js';
import type { SignupInfo } from './join-api';

type Role = 'mentee' | 'mentor';

const CHOICES: { role: Role; label: string; hint: string }[] = [
  { role: 'mentee', label: "I'm a mentee", hint: 'I come to meet mentors and ask my questions.' },
  { role: 'mentor', label: "I'm a mentor", hint: 'I sit at a table and mentees come to me.' },
];

/** Mentee or mentor, as two big radio choices; a role that is closed (e.g. full) is disabled with the reason. */
export function RoleChoice(props: {
  roles: SignupInfo['status']['roles'];
  role: Role;
  onChange: (role: Role) => void;
}): JSX.Element {
  return (
    <fieldset class="join-fieldset join-roles">
      <legend>I'm signing up as</legend>
      <For each={CHOICES}>
        {(c) => {
          const state = () => props.roles[c.role];
          const closedBecause = () => {
            const s = state();
            return s.open ? null : s.message;
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
                {c.label}
                <span id={`signup-role-${c.role}-hint`} class="join-role-hint">
                  <Show when={closedBecause()} fallback={c.hint}>
                    {(why) => <>Not possible now: {why()}</>}
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
