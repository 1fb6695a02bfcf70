import { Index, type JSX } from 'solid-js';

/** A tab of the console. */
export interface TabDef<K extends string> {
  key: K;
  label: JSX.Element;
}

/**
 * An ARIA tab list: arrow keys (and Home/End) move between tabs and select them; only the
 * selected tab is in the Tab order. The panels are rendered by the caller with `tabPanelProps`.
 * The buttons are kept by position (`Index`), not by object: the caller builds a new list on
 * every pushed snapshot (the People count), and recreating the buttons then would drop a click
 * whose press and release straddle the snapshot.
 */
export function ConsoleTabs<K extends string>(props: {
  tabs: TabDef<K>[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
}) {
  const refs = new Map<K, HTMLButtonElement>();
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const n = props.tabs.length;
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % n
        : e.key === 'ArrowLeft'
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    const key = props.tabs[to]!.key;
    props.onSelect(key);
    refs.get(key)?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} class="console-tabs">
      <Index each={props.tabs}>
        {(tab, i) => (
          <button
            ref={(el) => refs.set(tab().key, el)}
            type="button"
            role="tab"
            id={`tab-${tab().key}`}
            aria-selected={props.selected === tab().key}
            aria-controls={`panel-${tab().key}`}
            tabindex={props.selected === tab().key ? 0 : -1}
            onClick={() => props.onSelect(tab().key)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {tab().label}
          </button>
        )}
      </Index>
    </div>
  );
}

/** Attributes of the panel belonging to tab `key`. */
export function tabPanelProps(key: string, selected: boolean) {
  return {
    role: 'tabpanel',
    id: `panel-${key}`,
    'aria-labelledby': `tab-${key}`,
    hidden: !selected,
    tabindex: 0,
  } as const;
}
