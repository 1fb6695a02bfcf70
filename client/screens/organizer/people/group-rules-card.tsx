import { createSignal, Show } from 'solid-js';
import { withArticle } from '../../../../shared/labels/article';
import type { RoleWords } from '../../../../shared/labels/role-words';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { GroupRules } from '../../../../shared/schemas/plan-rules';
import { ApiError } from '../../../live/api';
import type { OrganizerApi } from '../organizer-api';
import { useRoleWords } from '../role-words';

/** The groups of the event's people, counted once each (compared as typed, trimmed). */
export function groupsOf(view: Pick<OrganizerView, 'mentors' | 'mentees'>): string[] {
  const all = [...view.mentors, ...view.mentees].flatMap((p) => (p.group ? [p.group.trim()] : []));
  return [...new Set(all)];
}

/** The group rules in force: as the organizer set them, else both on (anyone has a group: the card shows). */
export function groupRulesInForce(view: Pick<OrganizerView, 'event'>): GroupRules {
  return view.event.groups ?? { menteesApart: true, notOwnGroupMentor: true };
}

/** The two rules in the event's words for the roles (issue 17, `settings.labels`). */
const rulesText = ({ inline: w }: RoleWords): { key: keyof GroupRules; label: string; hint: string }[] => [
  {
    key: 'menteesApart',
    label: `Keep ${w.mentees} of one group at different tables`,
    hint: 'Where the seats allow: colleagues meet others rather than each other.',
  },
  {
    key: 'notOwnGroupMentor',
    label: `Nobody meets ${withArticle(w.mentor)} of their own group`,
    hint:
      `Like an avoid: ${withArticle(w.mentee)} never sits at the table of ${withArticle(w.mentor)} ` +
      'from their company or team.',
  },
];

/**
 * The group rules (settings `groups`), shown only once someone has a group: two checkboxes, each
 * change one PATCH of the settings (the plan follows: an existing schedule is replanned). The
 * boxes show the rules in force, which the server's push then confirms.
 */
export function GroupRulesCard(props: { view: OrganizerView; http: Pick<OrganizerApi, 'patchSettings'> }) {
  const words = useRoleWords();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const groups = () => groupsOf(props.view);
  const rules = () => groupRulesInForce(props.view);

  const change = async (key: keyof GroupRules, box: HTMLInputElement) => {
    const on = box.checked;
    setBusy(true);
    setError(null);
    try {
      await props.http.patchSettings({ groups: { ...rules(), [key]: on } });
    } catch (err) {
      box.checked = !on; // the rule stays as it was
      setError(`Could not change the group rules: ${err instanceof ApiError ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Show when={groups().length > 0}>
      <section class="card group-rules" aria-labelledby="group-rules-title" data-testid="group-rules">
        <h3 id="group-rules-title">Group rules</h3>
        <p class="muted" data-testid="group-rules-summary">
          {groups().length === 1 ? 'One group' : `${groups().length} groups`} among the people (
          {groups().slice(0, 5).join(', ')}
          {groups().length > 5 ? ', …' : ''}).{' '}
          {rules().menteesApart || rules().notOwnGroupMentor
            ? 'The plan keeps these rules:'
            : 'The plan ignores the groups.'}
        </p>
        {rulesText(words()).map((r) => (
          <div class="field">
            <label>
              <input
                type="checkbox"
                checked={rules()[r.key]}
                disabled={busy()}
                aria-describedby={`group-rule-${r.key}-hint`}
                onChange={(e) => void change(r.key, e.currentTarget)}
              />{' '}
              {r.label}
            </label>
            <span id={`group-rule-${r.key}-hint`} class="field-hint muted">
              {r.hint}
            </span>
          </div>
        ))}
        <div role="status" class="form-status">
          <Show when={error()}>
            <p class="error">{error()}</p>
          </Show>
        </div>
      </section>
    </Show>
  );
}
