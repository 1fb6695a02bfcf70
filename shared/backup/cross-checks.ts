import type { Issue } from '../schemas/errors';
import { eventSettingsSchema } from '../schemas/settings';
import { nameKey, quoteText } from '../schemas/text';
import type { BackupEvent } from './format';

/**
 * The cross-checks stop at this many problems. A file may be crafted (its checksum computed
 * by whoever wrote it) so that nearly every value is wrong: collecting a million problems
 * would hold the server for seconds, and nobody reads past the first hundred.
 */
export const MAX_BACKUP_ISSUES = 100;

/** Thrown by `add` once the list is full; caught in `backupIssues`. */
class IssueListFull extends Error {}

type AddIssue = (issue: Issue) => void;

/**
 * What the schema alone cannot see (pure): person ids used twice, two mentors at one table,
 * wishes or avoids naming no mentor of the file, a mentor both wished for and avoided, two
 * mentors (or two mentees) of one name (compared by `nameKey`, as the people API does),
 * settings the API would refuse, and a schedule naming people it does not list. At most
 * MAX_BACKUP_ISSUES are listed: the checks stop at the hundredth.
 */
export function backupIssues(ev: BackupEvent): Issue[] {
  const issues: Issue[] = [];
  const add: AddIssue = (issue) => {
    issues.push(issue);
    if (issues.length >= MAX_BACKUP_ISSUES) throw new IssueListFull();
  };
  try {
    collectIssues(ev, add);
  } catch (err) {
    if (!(err instanceof IssueListFull)) throw err;
  }
  return issues;
}

function collectIssues(ev: BackupEvent, add: AddIssue): void {
  const ids = new Map<string, string>();
  const tables = new Map<string, number>();
  ev.mentors.forEach((m, i) => {
    if (ids.has(m.id)) add({ path: `event.mentors.${i}.id`, message: `the id ${JSON.stringify(m.id)} is used twice` });
    else ids.set(m.id, 'mentor');
    const t = tables.get(nameKey(m.table));
    if (t !== undefined)
      add({
        path: `event.mentors.${i}.table`,
        message: `table ${JSON.stringify(m.table)} is also the table of mentor ${t + 1}`,
      });
    else tables.set(nameKey(m.table), i);
  });
  ev.mentees.forEach((m, i) => {
    if (ids.has(m.id)) add({ path: `event.mentees.${i}.id`, message: `the id ${JSON.stringify(m.id)} is used twice` });
    else ids.set(m.id, 'mentee');
  });
  ev.mentees.forEach((m, i) => {
    for (const field of ['wishes', 'avoid'] as const) {
      m[field].forEach((id, j) => {
        if (ids.get(id) !== 'mentor')
          add({
            path: `event.mentees.${i}.${field}.${j}`,
            message: `${JSON.stringify(id)} is not the id of a mentor in this file`,
          });
      });
    }
    if (m.wishes.some((w) => m.avoid.includes(w)))
      add({ path: `event.mentees.${i}.avoid`, message: 'a mentor cannot be both wished for and avoided' });
  });
  duplicateNames(ev.mentors, 'mentor', add);
  duplicateNames(ev.mentees, 'mentee', add);
  const s = ev.settings;
  const settings = eventSettingsSchema.safeParse({ ...s, rounds: s.rounds ?? undefined });
  if (!settings.success) {
    for (const i of settings.error.issues)
      add({ path: ['event', 'settings', ...i.path.map(String)].join('.'), message: i.message });
  }
  if (ev.schedule) scheduleIssues(ev.schedule, add);
}

/** One issue per person named like an earlier one of one role (`"grace" is already mentor 1, spelled "Grace"`). */
function duplicateNames(people: Array<{ name: string }>, role: 'mentor' | 'mentee', add: AddIssue): void {
  const seen = new Map<string, number>();
  people.forEach((p, i) => {
    const k = nameKey(p.name);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else {
      const earlier = people[first]!.name;
      const spelled = earlier === p.name ? '' : `, spelled ${quoteText(earlier)}`;
      add({
        path: `event.${role}s.${i}.name`,
        message: `${quoteText(p.name)} is already ${role} ${first + 1}${spelled}`,
      });
    }
  });
}

function scheduleIssues(schedule: NonNullable<BackupEvent['schedule']>, add: AddIssue): void {
  const mentors = new Set(schedule.mentors.map((m) => m.id));
  const mentees = new Set(schedule.mentees.map((m) => m.id));
  schedule.rounds.forEach((r, i) => {
    r.tables.forEach((t, j) => {
      if (!mentors.has(t.mentorId))
        add({ path: `event.schedule.rounds.${i}.tables.${j}.mentorId`, message: 'names no mentor of the schedule' });
      if (t.menteeIds.some((id) => !mentees.has(id)))
        add({
          path: `event.schedule.rounds.${i}.tables.${j}.menteeIds`,
          message: 'names a mentee the schedule does not list',
        });
    });
    if (r.byes.some((id) => !mentees.has(id)))
      add({ path: `event.schedule.rounds.${i}.byes`, message: 'names a mentee the schedule does not list' });
  });
}

/**
 * Whether a schedule still fits the people and settings exactly (pure): every round seats
 * each mentor once and each mentee once (at a table or a bye), nobody else, no table over
 * capacity, and as many rounds as the settings fix. An imported schedule that does not fit
 * (people were removed during the exported event) is planned again.
 */
export function scheduleFits(ev: Pick<BackupEvent, 'mentors' | 'mentees' | 'schedule' | 'settings'>): boolean {
  const schedule = ev.schedule;
  if (!schedule || schedule.rounds.length === 0) return false;
  if (ev.settings.rounds !== null && ev.settings.rounds !== schedule.rounds.length) return false;
  const mentorIds = ev.mentors
    .map((m) => m.id)
    .sort()
    .join('\n');
  const menteeIds = ev.mentees
    .map((m) => m.id)
    .sort()
    .join('\n');
  return schedule.rounds.every((r, i) => {
    if (r.round !== i + 1) return false;
    if (r.tables.some((t) => t.menteeIds.length > ev.settings.tableCapacity)) return false;
    const seatedMentors = r.tables
      .map((t) => t.mentorId)
      .sort()
      .join('\n');
    const seatedMentees = [...r.tables.flatMap((t) => t.menteeIds), ...r.byes].sort().join('\n');
    return seatedMentors === mentorIds && seatedMentees === menteeIds;
  });
}
