import { For, Show, type JSX } from 'solid-js';
import { consolePlanEdit } from '../../../i18n/catalogues/console-plan-edit';
import { useRoleWords } from '../role-words';
import type { BreakHead, RoundHeads } from './round-heads';

/** A column of the Plan matrix: a round (by its index in the row's cells) or a break between two. */
export type MatrixColumn = { kind: 'round'; index: number; round: number } | { kind: 'break'; head: BreakHead };

const { t } = consolePlanEdit;

/** The rounds in order with each break as a column of its own before the round it leads to. */
export function matrixColumns(rounds: readonly number[], heads?: RoundHeads): MatrixColumn[] {
  const breaks = new Map((heads?.breaks ?? []).map((b) => [b.afterRound, b] as const));
  return rounds.flatMap((round, index): MatrixColumn[] => {
    const pause = breaks.get(round - 1);
    const col: MatrixColumn = { kind: 'round', index, round };
    return pause && index > 0 ? [{ kind: 'break', head: pause }, col] : [col];
  });
}

/** The header cells: "Round 3" with its start time, and "Break" with its length and time. */
export function MatrixHeadCells(props: {
  columns: MatrixColumn[];
  heads?: RoundHeads;
  currentRound?: number | null;
}): JSX.Element {
  const head = (round: number) => props.heads?.rounds.find((r) => r.round === round);
  return (
    <For each={props.columns}>
      {(c) =>
        c.kind === 'break' ? (
          <th scope="col" class="break-col">
            {t('breakHead')}
            <small>
              {t('minutes', { minutes: c.head.minutes })}
              {c.head.time ? ` · ${c.head.time}` : ''}
            </small>
          </th>
        ) : (
          <th
            scope="col"
            classList={{ current: props.currentRound === c.round }}
            aria-current={props.currentRound === c.round ? 'true' : undefined}
          >
            {t('roundHead', { round: c.round })}
            <Show when={head(c.round)?.time}>{(t) => <small class="round-time">{t()}</small>}</Show>
          </th>
        )
      }
    </For>
  );
}

/** Under the matrix: where the times come from, and what the star means. */
export function MatrixNote(props: { heads?: RoundHeads; wishes: boolean }): JSX.Element {
  const words = useRoleWords();
  const basis = () => {
    switch (props.heads?.basis) {
      case 'clock':
        return t('basisClock');
      case 'planned':
        return t('basisPlanned');
      case 'offset':
        return t('basisOffset');
      default:
        return '';
    }
  };
  return (
    <p class="muted matrix-note" data-testid="matrix-note">
      {basis()}
      <Show when={props.wishes}>
        {basis() ? ' ' : ''}
        <span aria-hidden="true">★</span> {t('wishNote', { mentee: words().inline.mentee })}
      </Show>
    </p>
  );
}

/** The star of a wished meeting, read as "wished" by screen readers. */
export function WishMark(): JSX.Element {
  return (
    <span class="wish-mark" title={t('wishedFor')}>
      <span aria-hidden="true"> ★</span>
      <span class="visually-hidden"> {t('wishedForHidden')}</span>
    </span>
  );
}
