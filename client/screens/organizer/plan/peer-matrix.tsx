import { For, type JSX } from 'solid-js';
import { peersAt } from '../../../../shared/planner/peer-schedule';
import type { Schedule } from '../../../../shared/schemas/schedule';
import { consolePlanEdit } from '../../../i18n/catalogues/console-plan-edit';

/**
 * The seating of peer rounds (issue 17): a row per round, each table's peers, and who sits out.
 * The mentors' matrix (a column per mentor) has no columns when everyone is a peer.
 */
export function PeerMatrix(props: { schedule: Schedule; currentRound: number | null }): JSX.Element {
  const names = () => new Map(props.schedule.mentees.map((p) => [p.id, p.name] as const));
  const { t } = consolePlanEdit;
  const name = (id: string) => names().get(id) ?? t('removed');
  return (
    <div class="matrix-scroll">
      <table class="matrix peer-matrix" data-testid="peer-matrix">
        <thead>
          <tr>
            <th scope="col">{t('peerRound')}</th>
            <th scope="col">{t('peerTables')}</th>
            <th scope="col">{t('peerSitsOut')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.schedule.rounds}>
            {(r) => (
              <tr class={r.round === props.currentRound ? 'current' : ''}>
                <th scope="row">{r.round}</th>
                <td>
                  <For each={r.tables}>
                    {(t) => (
                      <span class="peer-table">
                        <strong>{t.table}</strong> {peersAt(t).map(name).join(', ')}
                        {'; '}
                      </span>
                    )}
                  </For>
                </td>
                <td>{r.byes.map(name).join(', ')}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
