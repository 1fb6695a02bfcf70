import { Match, Show, Switch } from 'solid-js';
import { consolePlanEdit } from '../../../i18n/catalogues/console-plan-edit';
import { PinIcon } from './edit-icons';
import { seatPin } from './edit-rules';
import { isPicked, type Slot } from './edit-seats';
import type { EditSession } from './edit-session';
import { WishMark } from './matrix-heads';
import type { MatrixName, PlanRow } from './plan-matrix';

/**
 * One seat of the editable matrix as a button: a mentee (with a ★ for a wished meeting and a
 * pin for a pinned one), a free seat, or "Sit out here". While a pick is in progress the
 * picked mentee reads "picked" and every seat it can go to carries a mark and says what it
 * does (swap, move here), in text as well as in the button's name; nothing is told by colour alone.
 */
export function SeatButton(props: {
  slot: () => Slot | null;
  row: () => PlanRow;
  /** The round's index in the row's seats. */
  col: () => number;
  session: EditSession;
  /** "row:col:slot", for the roving focus. */
  pos: () => string;
  tabbable: () => boolean;
  onFocus: () => void;
}) {
  const s = props.session;
  const { t, rich } = consolePlanEdit;
  const slot = () => props.slot();
  const round = () => slot()?.round ?? '';
  const seat = (): MatrixName | null => {
    const x = slot();
    if (x?.kind !== 'mentee') return null;
    return (
      props.row().seats[props.col()]?.find((n) => n.id === x.menteeId) ?? {
        id: x.menteeId,
        name: s.nameOf(x.menteeId),
        wished: false,
      }
    );
  };
  const picked = () => {
    const x = slot();
    return !!x && isPicked(s.pick(), x);
  };
  const edit = () => {
    const x = slot();
    return x ? s.editAt(x) : null;
  };
  const bar = () => {
    const x = slot();
    return x ? s.roundBar(x.round) : null;
  };
  const pin = () => {
    const x = slot();
    return x && x.kind === 'mentee' && x.place !== 'bye' ? seatPin(s.rules(), x.menteeId, x.place, x.round) : null;
  };
  const where = () =>
    props.row().kind === 'byes'
      ? t('whereSittingOut')
      : t('whereAt', { table: props.row().label, mentor: props.row().mentor });
  const pinText = () => (pin() === 'any' ? t('pinnedAnyRound') : t('pinned'));
  const pickedName = () => {
    const p = s.pick();
    return p ? s.nameOf(p.menteeId) : '';
  };
  const onDragStart = (e: DragEvent) => {
    const x = slot();
    if (x?.kind !== 'mentee' || bar() || s.busy()) {
      e.preventDefault();
      if (x) s.activate(x); // says why it cannot move
      return;
    }
    e.dataTransfer?.setData('text/plain', seat()?.name ?? x.menteeId);
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
    // After the drag has begun: changing the page inside dragstart can cancel the drag.
    setTimeout(() => s.startDrag(x), 0);
  };
  const onDragOver = (e: DragEvent) => {
    if (!edit()) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
  };
  const onDrop = (e: DragEvent) => {
    const x = slot();
    e.preventDefault();
    if (x && edit()) s.activate(x);
  };

  return (
    <button
      type="button"
      class="seat"
      classList={{
        'seat-free': slot()?.kind === 'free',
        'seat-out': slot()?.kind === 'sit-out',
        picked: picked(),
        target: !!edit(),
        barred: !!bar(),
        pinned: !!pin(),
      }}
      data-pos={props.pos()}
      data-testid={slot()?.kind === 'mentee' ? 'seat' : slot()?.kind === 'free' ? 'free-seat' : 'sit-out-seat'}
      tabindex={props.tabbable() ? 0 : -1}
      aria-disabled={bar() ? 'true' : undefined}
      draggable={slot()?.kind === 'mentee' && !bar() ? 'true' : 'false'}
      onClick={() => {
        props.onFocus();
        const x = slot();
        if (x) s.activate(x);
      }}
      onFocus={() => props.onFocus()}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onDragEnd={() => s.cancelPick(true)}
    >
      {/* The name is the content: what shows, and in hidden text where the seat is and what it does. */}
      <Switch>
        <Match when={slot()?.kind === 'free'}>
          <span aria-hidden="true">＋ </span>
          {t('freeSeat')}
          <span class="visually-hidden">
            {' '}
            {rich('freeSeatHidden', { where: where(), round: round(), name: <bdi>{pickedName()}</bdi> })}
          </span>
        </Match>
        <Match when={slot()?.kind === 'sit-out'}>
          <span aria-hidden="true">↓ </span>
          {t('sitOutHere')}
          <span class="visually-hidden">
            : {rich('sitOutHidden', { name: <bdi>{pickedName()}</bdi>, round: round() })}
          </span>
        </Match>
        <Match when={seat()}>
          {(n) => (
            <>
              <bdi>{n().name}</bdi>
              <Show when={n().wished}>
                <WishMark />
              </Show>
              <Show when={pin()}>
                <span class="pin-mark" title={pinText()}>
                  {' '}
                  <PinIcon />
                </span>
                <span class="visually-hidden">, {pinText()}</span>
              </Show>
              <span class="visually-hidden">
                , {t('seatWhere', { round: round(), where: where() })}
                {bar() === 'begun' ? ` ${t('roundHasBegun')}` : bar() === 'locked' ? ` ${t('roundLocked')}` : ''}
              </span>
              <Show when={picked()}>
                <span class="visually-hidden">: </span> <span class="seat-tag">{t('picked')}</span>
                <span class="visually-hidden">, {t('chooseSeat')}</span>
              </Show>
              <Show when={edit()}>
                <span class="visually-hidden">: </span>
                <span class="target-mark">
                  <span aria-hidden="true"> ⇄</span> {t('swap')}
                  <span class="visually-hidden"> {rich('swapWith', { name: <bdi>{pickedName()}</bdi> })}</span>
                </span>
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </button>
  );
}
