import { createSignal, Show } from 'solid-js';
import type { RoleWords } from '../../../../shared/labels/role-words';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { GroupRules } from '../../../../shared/schemas/plan-rules';
import { consolePeople } from '../../../i18n/catalogues/console-people';
import { reasonText } from '../../../i18n/issue-text';
import { ApiError } from '../../../live/api';
import type { OrganizerApi } from '../organizer-api';
import { useRoleWords } from '../role-words';
import { anOf, withArticleWord } from './person-drafts';

const { t } = consolePeople;

/** The groups of the event's people, counted once each (compared as typed, trimmed). */
export function groupsOf(view: Pick<OrganizerView, 'mentors' | 'mentees'>): string[] {
  const all = [...view.mentors, ...view.mentees].flatMap((p) => (p.group ? [p.group.trim()] : []));
  return [...new Set(all)];
}

/** The group rules in force: as the organizer set them, else both on (anyone has a group: the card shows). */
export function groupRulesInForce(view: Pick<OrganizerView, 'event'>): GroupRules {
  return view.event.groups ?? { menteesApart: true, notOwnGroupMentor: true };
}

/** The two rules in the event's words for the roles (issue 17, `settings.labels`), in the page's language. */
const rulesText = ({ inline: w }: RoleWords): { key: keyof GroupRules; label: string; hint: string }[] => [
  {
    key: 'menteesApart',
    label: t('menteesApart', { mentees: w.mentees }),
    hint: t('menteesApartHint'),
  },
  {
    key: 'notOwnGroupMentor',
    label: t('notOwnGroup', { an: anOf(w.mentor), mentor: w.mentor }),
    hint: t('notOwnGroupHint', { aMentee: withArticleWord(w.mentee), aMentor: withArticleWord(w.mentor) }),
  },
];

/** "2 groups among the people (A, B)": at most five named, "…" after them when there are more. */
function groupsSummary(groups: readonly string[]): string {
  const named = groups.slice(0, 5).join(t('listSeparator'));
  const listed = groups.length > 5 ? t('groupsMore', { groups: named }) : named;
  return t('groupsAmong', { count: groups.length, groups: listed });
}

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
      setError(t('rulesFailed', { why: err instanceof ApiError ? reasonText(err) : String(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Show when={groups().length > 0}>
      <section class="card group-rules" aria-labelledby="group-rules-title" data-testid="group-rules">
        <h3 id="group-rules-title">{t('groupRules')}</h3>
        <p class="muted" data-testid="group-rules-summary">
          {groupsSummary(groups())}{' '}
          {rules().menteesApart || rules().notOwnGroupMentor ? t('rulesKept') : t('rulesIgnored')}
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
