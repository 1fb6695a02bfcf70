import { createMemo, For, onCleanup, onMount } from 'solid-js';
import type { QualityReport } from '../../../../shared/planner/types';
import type { Schedule } from '../../../../shared/schemas/schedule';
import { consolePlanEdit } from '../../../i18n/catalogues/console-plan-edit';
import { ConfirmDialog } from '../../../ui/organizer-confirm-dialog';
import { isTypingTarget } from '../run/shortcuts';
import { EditBar } from './edit-bar';
import { EditMatrix } from './edit-matrix';
import type { EditSession } from './edit-session';
import { editNames } from './edit-words';
import { PickBar } from './pick-bar';
import { PinsList } from './pins-list';
import type { PlanMatrix } from './plan-matrix';
import type { RoundHeads } from './round-heads';
import { useRoleWords } from '../role-words';

/** What a key press means on the Plan tab: undo, redo, or nothing (typing, other keys). */
export function editShortcut(e: {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
  target?: EventTarget | null;
}): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || isTypingTarget(e.target)) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/**
 * The Plan tab's editable matrix with everything around it: how to edit and Undo/Redo above,
 * the pick's actions and the pinned meetings below, the question about a soft cost, and one
 * polite live region that says each pick and edit. Ctrl+Z / Ctrl+Shift+Z (⌘ on a Mac) and
 * Escape work anywhere on the tab while it is shown.
 */
export function PlanEditor(props: {
  matrix: PlanMatrix;
  schedule: Schedule;
  capacity: number;
  session: EditSession;
  heads: RoundHeads;
  currentRound: number | null;
  pins: QualityReport['pins'];
}) {
  const s = props.session;
  const { t } = consolePlanEdit;
  let root: HTMLDivElement | undefined;
  const words = useRoleWords();
  const names = createMemo(() => editNames(props.schedule, words()));
  // A repeated sentence is said again: the region's text alternates a trailing no-break space.
  let flip = false;
  const spoken = createMemo(() => {
    const a = s.announcement();
    flip = !flip;
    return a ? `${a}${flip ? '\u00a0' : ''}` : '';
  });

  const onKey = (e: KeyboardEvent) => {
    if (!root || root.closest('[hidden]') || e.defaultPrevented || document.querySelector('dialog[open]')) return;
    if (e.key === 'Escape' && s.pick()) {
      e.preventDefault();
      s.cancelPick();
      return;
    }
    const action = editShortcut(e);
    if (!action) return;
    e.preventDefault();
    if (action === 'undo') s.undo();
    else s.redo();
  };
  onMount(() => document.addEventListener('keydown', onKey));
  onCleanup(() => document.removeEventListener('keydown', onKey));

  return (
    <div class="plan-editor" ref={root}>
      <EditBar session={s} />
      <EditMatrix
        matrix={props.matrix}
        schedule={props.schedule}
        capacity={props.capacity}
        session={s}
        heads={props.heads}
        currentRound={props.currentRound}
      />
      <PickBar session={s} />
      <PinsList pins={s.rules().pins} report={props.pins} names={names()} session={s} />
      <p class="visually-hidden" aria-live="polite" data-testid="edit-announce">
        {spoken()}
      </p>
      <ConfirmDialog
        open={!!s.question()}
        id="edit-cost"
        title={t('costTitle')}
        confirmLabel={t('costConfirm')}
        cancelLabel={t('cancel')}
        onConfirm={() => s.question()?.answer(true)}
        onCancel={() => s.question()?.answer(false)}
      >
        <For each={s.question()?.lines ?? []}>{(line) => <p>{line}</p>}</For>
        <p>{t('costAnyway')}</p>
      </ConfirmDialog>
    </div>
  );
}
