import { For, Show, type JSX } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { consolePeople } from '../../../i18n/catalogues/console-people';
import type { DraftErrors } from './person-drafts';
import { PersonItem } from './person-item';

/**
 * How one role's people are edited: the draft a person starts from, its fields, and the check
 * that turns a draft into the PATCH body.
 */
export interface PersonEditor<T, D, P> {
  start: (person: T) => D;
  Fields: (props: { idBase: string; draft: D; set: SetStoreFunction<D>; errors: DraftErrors }) => JSX.Element;
  check: (draft: D) => { ok: true; patch: P } | { ok: false; errors: DraftErrors };
}

/**
 * One role's people (mentors or mentees) as a titled, editable list. What differs between the
 * roles is what is shown of a person (`details`) and how they are edited (`editor`).
 */
export function PersonList<T extends { id: string; name: string }, D extends object, P>(props: {
  personRole: 'mentor' | 'mentee';
  /** The heading, followed by the count: "Mentors (3)". */
  title: string;
  people: readonly T[];
  emptyText: string;
  details: (person: T) => JSX.Element;
  editor: PersonEditor<T, D, P>;
  save: (id: string, patch: P) => Promise<unknown>;
  remove: (id: string) => Promise<unknown>;
}): JSX.Element {
  const titleId = () => `${props.personRole}s-title`;
  return (
    <section class="card" aria-labelledby={titleId()}>
      <h3 id={titleId()}>{consolePeople.t('listTitle', { title: props.title, count: props.people.length })}</h3>
      <Show when={props.people.length > 0} fallback={<p class="muted">{props.emptyText}</p>}>
        <ul class="person-list">
          <For each={props.people}>
            {(person) => (
              <PersonItem<D, P>
                idBase={`${props.personRole}-${person.id}`}
                personRole={props.personRole}
                name={person.name}
                details={props.details(person)}
                startDraft={() => props.editor.start(person)}
                fields={(draft, set, errors) => (
                  <props.editor.Fields idBase={`edit-${person.id}`} draft={draft} set={set} errors={errors} />
                )}
                check={(draft) => props.editor.check(draft)}
                save={(patch) => props.save(person.id, patch)}
                remove={() => props.remove(person.id)}
              />
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
