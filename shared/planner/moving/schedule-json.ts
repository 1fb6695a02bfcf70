/** Writing the moving-mentors schedule JSON: today's Schedule shape plus the seated tables. */
import type { Model } from '../model';
import { menteeEntry } from '../schedule-json';
import type { Groups } from './group-state';
import type { MovingRound, MovingSchedule, MovingVisit } from './types';

/** What the JSON is made from: planned rounds from..R−1 in `out`, and the rounds kept before them. */
export interface JsonParts {
  model: Model;
  groups: Groups;
  labels: readonly string[];
  out: Int32Array;
  from: number;
  earlier: MovingRound[];
  seed: number | string;
}

/** One planned round: every mentor in input order (a rest has no table and no mentees), byes in input order. */
function roundJson(parts: JsonParts, t: number): MovingRound {
  const { model, groups, labels, out } = parts;
  const T = model.T;
  const visited = new Uint8Array(groups.G);
  const tables: MovingVisit[] = model.mentors.map((mentor, m) => {
    const p = out[t * T + m]!;
    if (p < 0) return { mentorId: mentor.id, menteeIds: [] };
    visited[p] = 1;
    return { mentorId: mentor.id, table: labels[p]!, menteeIds: groups.members[p]!.map((x) => model.mentees[x]!.id) };
  });
  const byes: string[] = [];
  for (let x = 0; x < model.M; x++) {
    const p = groups.tableOf[x]!;
    if (p < 0 || !visited[p]) byes.push(model.mentees[x]!.id);
  }
  return { round: t + 1, tables, byes };
}

/**
 * The schedule. A mentor's `table` in the people list is the first table they sit at (the one
 * to walk to when the event starts), or '' for a mentor who only rests; the round entries say
 * where they are each round.
 */
export function movingScheduleJson(parts: JsonParts): MovingSchedule {
  const { model, groups, labels } = parts;
  const rounds = [...parts.earlier];
  for (let t = parts.from; t < model.R; t++) rounds.push(roundJson(parts, t));
  const firstTable = (id: string): string => {
    for (const r of rounds) {
      const at = r.tables.find((v) => v.mentorId === id && v.table !== undefined);
      if (at) return at.table!;
    }
    return '';
  };
  return {
    mentors: model.mentors.map((m) => ({ id: m.id, name: m.name, table: firstTable(m.id) })),
    mentees: model.mentees.map(menteeEntry),
    rounds,
    seed: parts.seed,
    settings: { rounds: model.R, tableCapacity: model.cap },
    tables: groups.members.map((list, p) => ({
      table: labels[p]!,
      menteeIds: list.map((x) => model.mentees[x]!.id),
    })),
  };
}
