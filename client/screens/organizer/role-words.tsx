import { createContext, useContext, type Accessor, type JSX } from 'solid-js';
import { roleWords, type RoleWords } from '../../../shared/labels/role-words';
import type { RoleLabels } from '../../../shared/schemas/role-labels';

const defaults = roleWords();
const RoleWordsContext = createContext<Accessor<RoleWords>>(() => defaults);

/**
 * The console's words for the two roles (issue 17, `settings.labels`), for every card under it:
 * one provider where the organizer view arrives, instead of a prop through every panel.
 */
export function RoleWordsProvider(props: { labels: RoleLabels | null | undefined; children: JSX.Element }) {
  const words = () => roleWords(props.labels);
  return <RoleWordsContext.Provider value={words}>{props.children}</RoleWordsContext.Provider>;
}

/** The role words of the console (English for now); "Mentor" and "Mentee" outside a provider. */
export function useRoleWords(): Accessor<RoleWords> {
  return useContext(RoleWordsContext);
}
