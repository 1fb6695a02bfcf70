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

/**
 * A line of text with names in it ("Round 3: T2 — عمر instead of Zoë"): the words are plain
 * strings, each name `{ name }`. Rendered by `PersonPhrase`, every name is isolated on its own,
 * so a list of names in mixed scripts reads in its real order and the words keep the page's
 * direction around them.
 */
export type Phrase = readonly (string | { readonly name: string })[];

/** The phrase as plain text (for tests, titles and screen-reader labels). */
export function phraseText(phrase: Phrase): string {
  return phrase.map((p) => (typeof p === 'string' ? p : p.name)).join('');
}

/** Names joined by ", " as a phrase: `listPhrase(['عمر', 'Zoë'])`. */
export function listPhrase(names: readonly string[], empty = ''): Phrase {
  if (names.length === 0) return [empty];
  return names.flatMap((name, i) => (i === 0 ? [{ name }] : [', ', { name }]));
}

/** A phrase with each name in its own `<bdi>`. */
export function PersonPhrase(props: { parts: Phrase }): JSX.Element {
  return <For each={props.parts}>{(p) => (typeof p === 'string' ? p : <bdi class="name">{p.name}</bdi>)}</For>;
}
