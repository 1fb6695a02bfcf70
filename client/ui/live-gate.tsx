import { createEffect, Match, Switch, type Accessor, type JSX } from 'solid-js';
import type { Snapshot } from '../../shared/protocol/views';
import type { LiveConnection } from '../live/live-connection';
import { forgetSecret } from '../live/secrets';
import { ConnectionNotice } from './connection-notice';
import type { GateWords } from './gate-words';
import { OutdatedPage } from './outdated-page';
import { ReplacedPrompt } from './replaced-prompt';
import { StatusScreen } from './status-screen';

/** What a live page says in each state of its connection; the headings are the same on every page. */
export interface LiveGateTexts {
  /** The line under "Connecting…". */
  connecting: string;
  /** The line under "This event was deleted". */
  deleted: string;
  /** Where to get a good link, after why this one is not valid. */
  invalidAdvice: string;
  /** The server answered with a snapshot for another role: this is another kind of link. */
  wrongLink: { title: string; text: string; testId: string };
  /** The headings and prompts in the page's language (gate-words.ts has the English). */
  words: GateWords;
}

/** "This link is not valid": why (or a general reason), then where to get a good one. */
export function InvalidLink(props: { reason?: string; advice: string; words: GateWords }): JSX.Element {
  const words = () => props.words;
  return (
    <StatusScreen title={words().invalidTitle} tone="error" testId="invalid-link">
      <p>
        {props.reason ?? words().invalidReason} {props.advice}
      </p>
    </StatusScreen>
  );
}

/**
 * A page fed by a live connection (a personal page, the projector): the "Reconnecting…" notice,
 * then the page itself once the snapshot holds its view (`select`), or a whole-page message while
 * connecting, after the event was deleted, for a refused link, for a page older than the
 * server (with a reload button) and for another role's link. A refused or deleted link is no
 * use to remember, so its secret (`secretKey`) is forgotten; an outdated page's link is kept,
 * since the reload needs it.
 */
export function LiveGate<T>(props: {
  conn: Pick<LiveConnection, 'status' | 'deleted' | 'snapshot'> & Partial<Pick<LiveConnection, 'reclaim'>>;
  secretKey: string;
  /** This page's view in a snapshot; null when the snapshot is for another role. */
  select: (snapshot: Snapshot) => T | null;
  texts: LiveGateTexts;
  children: (view: Accessor<T>) => JSX.Element;
}): JSX.Element {
  const view = (): T | null => {
    const s = props.conn.snapshot();
    return s ? props.select(s) : null;
  };
  const words = () => props.texts.words;
  createEffect(() => {
    if (props.conn.deleted() || props.conn.status() === 'refused') forgetSecret(props.secretKey);
  });

  return (
    <>
      <ConnectionNotice status={props.conn.status} reconnecting={words().reconnecting} />
      <Switch
        fallback={
          <StatusScreen title={words().connectingTitle} testId="connecting">
            <p class="muted">{props.texts.connecting}</p>
          </StatusScreen>
        }
      >
        <Match when={props.conn.deleted()}>
          <StatusScreen title={words().deletedTitle} testId="event-deleted">
            <p>{props.texts.deleted}</p>
          </StatusScreen>
        </Match>
        <Match when={props.conn.status() === 'outdated'}>
          <OutdatedPage words={props.texts.words} />
        </Match>
        <Match when={props.conn.status() === 'replaced'}>
          <StatusScreen title={words().replacedTitle} testId="link-replaced">
            <ReplacedPrompt reclaim={() => props.conn.reclaim?.()} words={props.texts.words} />
          </StatusScreen>
        </Match>
        <Match when={props.conn.status() === 'refused'}>
          <InvalidLink advice={props.texts.invalidAdvice} words={props.texts.words} />
        </Match>
        <Match when={props.conn.snapshot() && !view()}>
          <StatusScreen title={props.texts.wrongLink.title} tone="error" testId={props.texts.wrongLink.testId}>
            <p>{props.texts.wrongLink.text}</p>
          </StatusScreen>
        </Match>
        <Match when={view()}>{(v) => props.children(v)}</Match>
      </Switch>
    </>
  );
}
