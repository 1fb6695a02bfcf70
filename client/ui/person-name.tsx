import { For, type JSX } from 'solid-js';

/**
 * A person's name in any script (Zoë, 李雷, عمر): `dir="auto"` isolates it, so a right-to-left
 * name never reorders the text around it.
 */
export function PersonName(props: { children: string; class?: string }): JSX.Element {
  return (
    <span dir="auto" class={`name ${props.class ?? ''}`}>
      {props.children}
    </span>
  );
}

/** Names in a sentence, separated by commas, each isolated like `PersonName`. */
export function PersonNames(props: { names: readonly string[] }): JSX.Element {
  return (
    <For each={props.names}>
      {(n, i) => (
        <>
          {i() > 0 ? ', ' : ''}
          <PersonName>{n}</PersonName>
        </>
      )}
    </For>
  );
}
