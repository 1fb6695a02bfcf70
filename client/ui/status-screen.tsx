import type { JSX } from 'solid-js';

/** A whole-page message: a bad link, a deleted event, connecting… */
export function StatusScreen(props: {
  title: string;
  children?: JSX.Element;
  tone?: 'error' | 'info';
  testId?: string;
}): JSX.Element {
  return (
    <main
      class={`page status-screen ${props.tone === 'error' ? 'status-error' : ''}`}
      data-testid={props.testId ?? 'status-screen'}
    >
      <h1>{props.title}</h1>
      {props.children}
    </main>
  );
}
