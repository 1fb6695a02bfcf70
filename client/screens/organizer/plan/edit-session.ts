import { batch, createEffect, createMemo, createSignal, onCleanup, untrack, type Accessor } from 'solid-js';
import type { OrganizerView } from '../../../../shared/protocol/views';
import type { PlanEdit } from '../../../../shared/schemas/plan-edits';
import type { Schedule } from '../../../../shared/schemas/schedule';
import { consolePlanEdit } from '../../../i18n/catalogues/console-plan-edit';
import { ApiError } from '../../../live/api';
import type { OrganizerApi, PlanEditAnswer } from '../organizer-api';
import { planRulesOf, rulesAfter, type PlanRulesView } from './edit-rules';
import { editFor, isPicked, type Pick, type Slot } from './edit-seats';
import { useRoleWords } from '../role-words';
import { describeEdit, editNames, inverseEdit } from './edit-words';
import type { RoundHeads } from './round-heads';
import { EMPTY_STACK, nextRedo, nextUndo, pushed, redone, undone, type UndoStack } from './undo-stack';

/** What the editor says near the matrix: a refusal, a stale plan, a change made, or a hint. */
export interface EditNotice {
  kind: 'refused' | 'stale' | 'done' | 'info';
  text: string;
}

/** A soft cost to ask about before the edit is made. */
export interface EditQuestion {
  lines: string[];
  answer(yes: boolean): void;
}

/** The schedule the Plan tab shows: the newest of the pushed view, a reload and an edit's answer. */
export interface ShownPlan {
  version: number;
  schedule: Schedule | null;
  /** The server's quality report for this version, when an edit's answer brought it. */
  answer: PlanEditAnswer | null;
}

/** Why a round takes no picks: it has begun, or it is locked; null when it can change. */
export type RoundBar = 'begun' | 'locked' | null;

const { t } = consolePlanEdit;

// A phrase or a server's reason as a sentence: a capital first, the language's full stop last.
const sentence = (s: string) => {
  const x = s.trim();
  return `${x.charAt(0).toUpperCase()}${x.slice(1)}${/[.!?。！？]$/.test(x) ? '' : t('fullStop')}`;
};

/**
 * The Plan tab's hand edits as one small state machine around the API: the pick in progress,
 * each edit checked with a dry run (a refusal said in words, soft costs asked about) before it
 * is made, the undo history (cleared when the plan changes by anything but these edits), and
 * the plan shown at once from the answer until the pushed view catches up. Must run inside a
 * Solid owner.
 */
export function createEditSession(props: {
  view: Accessor<OrganizerView>;
  http: OrganizerApi;
  heads: Accessor<RoundHeads>;
}) {
  // The event's words for the roles (issue 17), for the names of people no longer in the plan.
  const words = useRoleWords();
  const [answer, setAnswer] = createSignal<PlanEditAnswer | null>(null);
  const [reloaded, setReloaded] = createSignal<OrganizerView | null>(null);
  const [overlay, setOverlay] = createSignal<{ base: OrganizerView; rules: PlanRulesView } | null>(null);
  const [pick, setPick] = createSignal<Pick | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [notice, setNotice] = createSignal<EditNotice | null>(null);
  const [announcement, setAnnouncement] = createSignal('', { equals: false });
  const [question, setQuestion] = createSignal<EditQuestion | null>(null);
  const [stack, setStack] = createSignal<UndoStack>(EMPTY_STACK);
  const [focusWanted, setFocusWanted] = createSignal<{ round: number; menteeId: string } | null>(null);
  let alive = true;
  onCleanup(() => {
    alive = false;
    question()?.answer(false);
  });

  const shown = createMemo((): ShownPlan => {
    const v = props.view();
    let best: ShownPlan = { version: v.scheduleVersion, schedule: v.schedule, answer: null };
    const r = reloaded();
    if (r && r.scheduleVersion > best.version)
      best = { version: r.scheduleVersion, schedule: r.schedule, answer: null };
    const a = answer();
    if (a && a.version > best.version) best = { version: a.version, schedule: a.schedule, answer: a };
    else if (a && a.version === best.version) best = { ...best, answer: a };
    return best;
  });
  const rules = createMemo(() => {
    const o = overlay();
    const v = props.view();
    return o && o.base === v ? o.rules : planRulesOf(v);
  });
  const roundBar = (round: number): RoundBar =>
    props.heads().rounds.find((r) => r.round === round)?.begun
      ? 'begun'
      : rules().lockedRounds.includes(round)
        ? 'locked'
        : null;
  const barText = (round: number, bar: Exclude<RoundBar, null>) =>
    bar === 'begun' ? t('barBegun', { round }) : t('barLocked', { round });

  const say = (text: string) => setAnnouncement(text);
  const tell = (n: EditNotice | null) => {
    setNotice(n);
    if (n) say(n.text);
  };

  // The plan changed by something other than these edits (a replan, another console): the
  // history no longer applies. Own edits are told apart by the version their answer gave.
  let known = untrack(() => shown().version);
  createEffect(() => {
    const v = shown().version;
    if (busy()) return;
    if (v > known) {
      known = v;
      untrack(() => {
        if (stack().undo.length + stack().redo.length > 0) {
          setStack(EMPTY_STACK);
          say(t('historyCleared'));
        }
        if (pick()) setPick(null);
      });
    }
  });

  const ask = (lines: string[]) =>
    new Promise<boolean>((resolve) =>
      setQuestion({
        lines,
        answer: (yes) => {
          setQuestion(null);
          resolve(yes);
        },
      }),
    );

  const reload = async () => {
    try {
      const v = await props.http.load();
      if (alive) setReloaded(v);
    } catch {
      // The pushed view brings the plan too; the notice already says what happened.
    }
  };

  /** Check an edit, ask about its costs, make it; `mode` says what it does to the history. */
  const run = async (edit: PlanEdit, mode: 'new' | 'undo' | 'redo'): Promise<boolean> => {
    const before = shown();
    if (!before.schedule) return false;
    const rulesBefore = rules();
    const names = editNames(before.schedule, words());
    const text = mode === 'new' ? describeEdit(edit, names) : null;
    const base = { basedOn: before.version, edits: [edit] };
    setBusy(true);
    setNotice(null);
    try {
      const dry = await props.http.editPlan({ ...base, dryRun: true });
      if (!alive) return false;
      if (dry.costs.length > 0 && !(await ask(dry.costs.map((c) => sentence(c.message))))) {
        batch(() => {
          setPick(null);
          tell({ kind: 'info', text: t('nothingChanged') });
        });
        return false;
      }
      const done = await props.http.editPlan(base);
      if (!alive) return false;
      batch(() => {
        known = Math.max(known, done.version);
        setAnswer(done);
        setOverlay({ base: props.view(), rules: rulesAfter(rulesBefore, edit) });
        const p = pick();
        if (p) setFocusWanted({ round: p.round, menteeId: p.menteeId });
        setPick(null);
        if (mode === 'new') {
          const inverse = inverseEdit(edit, before.schedule!, rulesBefore);
          if (inverse) setStack((s) => pushed(s, { edit, inverse, text: text! }));
          tell({ kind: 'done', text: sentence(text!) });
        } else {
          const entry = mode === 'undo' ? nextUndo(stack()) : nextRedo(stack());
          setStack((s) => (mode === 'undo' ? undone(s) : redone(s)));
          tell({ kind: 'done', text: t(mode === 'undo' ? 'undone' : 'madeAgain', { edit: entry?.text ?? '' }) });
        }
      });
      return true;
    } catch (err) {
      if (!alive) return false;
      const e = err instanceof ApiError ? err : new ApiError(0, 'internal', String(err));
      if (e.status === 409) {
        const begun = /begun|started|over/i.test(e.message);
        batch(() => {
          setPick(null);
          if (!begun) setStack(EMPTY_STACK);
          tell({
            kind: 'stale',
            text: begun ? t('refused', { reason: sentence(e.message) }) : t('stale'),
          });
        });
        await reload();
      } else if (e.status === 400) {
        const reason = e.issues.length > 0 ? e.issues.map((i) => sentence(i.message)).join(' ') : sentence(e.message);
        tell({ kind: 'refused', text: t(pick() ? 'refusedPicking' : 'refused', { reason }) });
      } else tell({ kind: 'refused', text: t('couldNotChange', { reason: sentence(e.message) }) });
      return false;
    } finally {
      if (alive) setBusy(false);
    }
  };

  const nameOf = (id: string) => editNames(shown().schedule ?? { mentors: [], mentees: [] }, words()).mentee(id);

  /** Pick this mentee (or say why their round takes no picks). */
  const pickSlot = (slot: Extract<Slot, { kind: 'mentee' }>): boolean => {
    const bar = roundBar(slot.round);
    if (bar) {
      tell({ kind: 'refused', text: barText(slot.round, bar) });
      return false;
    }
    // The notice is replaced, not cleared: the matrix under it must not move while a drag is on.
    batch(() => {
      setPick({ round: slot.round, menteeId: slot.menteeId, place: slot.place });
      tell({
        kind: 'info',
        text: t('pickedNotice', { name: nameOf(slot.menteeId), round: slot.round }),
      });
    });
    return true;
  };

  const guard = () => {
    if (!busy()) return true;
    tell({ kind: 'info', text: t('stillSaving') });
    return false;
  };

  return {
    shown,
    rules,
    pick,
    busy,
    notice,
    announcement,
    question,
    stack,
    focusWanted,
    roundBar,
    nameOf,
    clearFocusWanted: () => setFocusWanted(null),
    /** The edit a slot would make for the pick in progress (null: no target). */
    editAt: (slot: Slot) => {
      const p = pick();
      return p ? editFor(p, slot) : null;
    },
    /** A click or Enter on a slot: pick, re-pick, cancel, or make the edit. */
    activate(slot: Slot): void {
      if (!guard()) return;
      const p = pick();
      if (p && isPicked(p, slot)) {
        setPick(null);
        tell({ kind: 'info', text: t('pickCancelled') });
        return;
      }
      const edit = p ? editFor(p, slot) : null;
      if (edit) {
        void run(edit, 'new');
        return;
      }
      if (slot.kind === 'mentee') pickSlot(slot);
      else if (p) tell({ kind: 'info', text: t('chooseInRound', { round: p.round }) });
    },
    /** A drag began on a slot: pick it quietly; false when it cannot be moved. */
    startDrag(slot: Slot): boolean {
      if (slot.kind !== 'mentee' || !guard()) return false;
      return pickSlot(slot);
    },
    cancelPick(quiet = false): void {
      if (!pick() || busy()) return;
      setPick(null);
      if (!quiet) tell({ kind: 'info', text: t('pickCancelled') });
    },
    /** An edit from a button (pin, unpin, lock): checked and made like a seat edit. */
    apply(edit: PlanEdit): Promise<boolean> {
      if (!guard()) return Promise.resolve(false);
      return run(edit, 'new');
    },
    undo(): void {
      if (!guard()) return;
      const e = nextUndo(stack());
      if (e) void run(e.inverse, 'undo');
      else tell({ kind: 'info', text: t('nothingToUndo') });
    },
    redo(): void {
      if (!guard()) return;
      const e = nextRedo(stack());
      if (e) void run(e.edit, 'redo');
      else tell({ kind: 'info', text: t('nothingToRedo') });
    },
  };
}

/** The editor of the Plan tab. */
export type EditSession = ReturnType<typeof createEditSession>;
