/**
 * `tablehop plan --pairing peer` (issue 17): the file's peers (rows of role peer) meet each other
 * at tables of --capacity (at least 2). The json keeps the schedule shape and adds
 * rounds[].tables[].peerIds and table; text and csv list each table's peers.
 */
import type { ParsedParticipants } from '../../shared/csv';
import { toPeerPlanInput } from '../../shared/csv/peer-plan-input';
import { peerScheduleToCsv } from '../../shared/csv/peer-schedule-csv';
import { peerDefaultRounds, plan } from '../../shared/planner';
import { isPeerSchedule } from '../../shared/planner/peer-schedule';
import { peerQualityLines, peerScheduleQuality } from '../../shared/planner/peer-schedule-quality';
import { UsageError, type Command } from './args';
import { formatPeerScheduleText } from './peer-text';

type PlanCommand = Extract<Command, { kind: 'plan' }>;

/** The output of a peer plan in the format asked for. */
export function peerPlanCommand(command: PlanCommand, parsed: ParsedParticipants, label: string): string {
  if (parsed.mentors.length + parsed.mentees.length > 0)
    throw new UsageError(`${label} has mentors or mentees: with --pairing peer every row has role peer`);
  const peers = toPeerPlanInput(parsed);
  if (peers.length < 2) throw new UsageError(`${label} has fewer than two peers (rows with role peer)`);
  if (command.history.length > 0) throw new UsageError('--history is not supported with --pairing peer');
  const settings = {
    rounds: command.rounds ?? peerDefaultRounds(peers.length, command.capacity),
    tableCapacity: command.capacity,
    pairing: 'peer' as const,
  };
  const schedule = plan(settings, [], peers, command.seed === undefined ? {} : { seed: command.seed });
  switch (command.format) {
    case 'json':
      return `${JSON.stringify(schedule, null, 2)}\n`;
    case 'csv':
      return peerScheduleToCsv(schedule, { newline: '\n' });
    case 'text': {
      const lines = isPeerSchedule(schedule)
        ? peerQualityLines(peerScheduleQuality(schedule, peers, command.capacity))
        : [];
      return `${[...formatPeerScheduleText(schedule), '', ...lines].join('\n')}\n`;
    }
  }
}
