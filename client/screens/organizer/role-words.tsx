import { createContext, useContext, type Accessor, type JSX } from 'solid-js';
import type { RoleWords } from '../../../shared/labels/role-words';
import type { RoleLabels } from '../../../shared/schemas/role-labels';
import { localRoleWords } from '../../i18n/role-words';

// Outside a provider: the page language's words for mentor and mentee (reactive, like the provider's).
const RoleWordsContext = createContext<Accessor<RoleWords>>(() => localRoleWords(null));

/**
 * The console's words for the two roles (issue 17, `settings.labels`), for every card under it:
 * one provider where the organizer view arrives, instead of a prop through every panel. The
 * event's own words stay as the organizer wrote them; without them, the page language's words.
 */
export function RoleWordsProvider(props: { labels: RoleLabels | null | undefined; children: JSX.Element }) {
  const words = () => localRoleWords(props.labels);
  return <RoleWordsContext.Provider value={words}>{props.children}</RoleWordsContext.Provider>;
}

/** The role words of the console, in the page's language unless the event named its roles. */
export function useRoleWords(): Accessor<RoleWords> {
  return useContext(RoleWordsContext);
}
