import { EMPTY_PLAN_RULES, type PlanRules } from '../schemas/plan-rules';
import type { Schedule } from '../schemas/schedule';
import type { BackupEvent } from './format';

/** People and schedule of a backup with every person id replaced (wishes, avoids and seatings follow). */
export interface RenumberedPeople {
  mentors: BackupEvent['mentors'];
  mentees: BackupEvent['mentees'];
  schedule: Schedule | null;
  /** The plan's rules with the new ids (pins and pairs met before naming people of the file). */
  planRules: PlanRules;
}

/**
 * Give every person of a backup a fresh id from `newId` (pure given `newId`), so the new
 * event shares no id, and therefore no personal link, with the old one. People the schedule
 * still lists after being removed get fresh ids too. The result holds no field beyond the
 * known ones.
 */
export function renumberPeople(
  ev: Pick<BackupEvent, 'mentors' | 'mentees' | 'schedule' | 'planRules'>,
  newId: () => string,
): RenumberedPeople {
  const map = new Map<string, string>();
  const taken = new Set<string>();
  const fresh = (old: string): string => {
    let id = map.get(old);
    if (id === undefined) {
      do id = newId();
      while (taken.has(id));
      map.set(old, id);
      taken.add(id);
    }
    return id;
  };
  const mentors = ev.mentors.map((m) => ({ ...m, id: fresh(m.id) }));
  const mentees = ev.mentees.map((m) => ({
    ...m,
    id: fresh(m.id),
    wishes: m.wishes.map(fresh),
    avoid: m.avoid.map(fresh),
  }));
  const s = ev.schedule;
  // Only the fields Tablehop knows: extra ones in a backup's schedule pass its checksum (the
  // schedule JSON allows them) but are never stored, so an import cannot smuggle in megabytes.
  const schedule: Schedule | null = s
    ? {
        ...plannedWith(s),
        mentors: s.mentors.map((m) => ({ id: fresh(m.id), name: m.name, table: m.table })),
        mentees: s.mentees.map((m) => ({ id: fresh(m.id), name: m.name })),
        rounds: s.rounds.map((r) => ({
          round: r.round,
          tables: r.tables.map((t) => ({ mentorId: fresh(t.mentorId), menteeIds: t.menteeIds.map(fresh) })),
          byes: r.byes.map(fresh),
        })),
      }
    : null;
  const rules = ev.planRules ?? EMPTY_PLAN_RULES;
  // Rules naming nobody of the file are left out rather than given ids of nobody.
  const known = (id: string) => map.has(id);
  const planRules: PlanRules = {
    pins: rules.pins
      .filter((p) => known(p.menteeId) && known(p.mentorId))
      .map((p) => ({ ...p, menteeId: fresh(p.menteeId), mentorId: fresh(p.mentorId) })),
    lockedRounds: [...rules.lockedRounds],
    metBefore: rules.metBefore
      .filter((p) => known(p.menteeId) && known(p.mentorId))
      .map((p) => ({ menteeId: fresh(p.menteeId), mentorId: fresh(p.mentorId) })),
  };
  return { mentors, mentees, schedule, planRules };
}

/** The planner's own fields of a schedule (the seed and settings it was planned with), when well-formed. */
function plannedWith(s: Schedule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const seed = s.seed;
  if (typeof seed === 'number' || (typeof seed === 'string' && seed.length <= 100)) out.seed = seed;
  const settings = s.settings as { rounds?: unknown; tableCapacity?: unknown } | undefined;
  if (settings && Number.isInteger(settings.rounds) && Number.isInteger(settings.tableCapacity)) {
    out.settings = { rounds: settings.rounds, tableCapacity: settings.tableCapacity };
  }
  return out;
}
