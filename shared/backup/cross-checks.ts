import type { Issue } from '../schemas/errors';
import { eventSettingsSchema } from '../schemas/settings';
import type { BackupEvent } from './format';

const key = (s: string) => s.trim().normalize('NFC').toLowerCase();

/**
 * What the schema alone cannot see (pure): person ids used twice, two mentors at one table,
 * wishes or avoids naming no mentor of the file, a mentor both wished for and avoided,
 * settings the API would refuse, and a schedule naming people it does not list.
 */
export function backupIssues(ev: BackupEvent): Issue[] {
  const issues: Issue[] = [];
  const ids = new Map<string, string>();
  const tables = new Map<string, number>();
  ev.mentors.forEach((m, i) => {
    if (ids.has(m.id)) issues.push({ path: `event.mentors.${i}.id`, message: `the id ${JSON.stringify(m.id)} is used twice` });
    else ids.set(m.id, 'mentor');
    const t = tables.get(key(m.table));
    if (t !== undefined) issues.push({ path: `event.mentors.${i}.table`, message: `table ${JSON.stringify(m.table)} is also the table of mentor ${t + 1}` });
    else tables.set(key(m.table), i);
  });
  ev.mentees.forEach((m, i) => {
    if (ids.has(m.id)) issues.push({ path: `event.mentees.${i}.id`, message: `the id ${JSON.stringify(m.id)} is used twice` });
    else ids.set(m.id, 'mentee');
  });
  ev.mentees.forEach((m, i) => {
    for (const field of ['wishes', 'avoid'] as const) {
      m[field].forEach((id, j) => {
        if (ids.get(id) !== 'mentor') issues.push({ path: `event.mentees.${i}.${field}.${j}`, message: `${JSON.stringify(id)} is not the id of a mentor in this file` });
      });
    }
    if (m.wishes.some((w) => m.avoid.includes(w))) issues.push({ path: `event.mentees.${i}.avoid`, message: 'a mentor cannot be both wished for and avoided' });
  });
  const s = ev.settings;
  const settings = eventSettingsSchema.safeParse({ ...s, rounds: s.rounds ?? undefined });
  if (!settings.success) {
    for (const i of settings.error.issues) issues.push({ path: ['event', 'settings', ...i.path.map(String)].join('.'), message: i.message });
  }
  if (ev.schedule) issues.push(...scheduleIssues(ev.schedule));
  return issues;
}

function scheduleIssues(schedule: NonNullable<BackupEvent['schedule']>): Issue[] {
  const issues: Issue[] = [];
  const mentors = new Set(schedule.mentors.map((m) => m.id));
  const mentees = new Set(schedule.mentees.map((m) => m.id));
  schedule.rounds.forEach((r, i) => {
    r.tables.forEach((t, j) => {
      if (!mentors.has(t.mentorId)) issues.push({ path: `event.schedule.rounds.${i}.tables.${j}.mentorId`, message: 'names no mentor of the schedule' });
      if (t.menteeIds.some((id) => !mentees.has(id))) issues.push({ path: `event.schedule.rounds.${i}.tables.${j}.menteeIds`, message: 'names a mentee the schedule does not list' });
    });
    if (r.byes.some((id) => !mentees.has(id))) issues.push({ path: `event.schedule.rounds.${i}.byes`, message: 'names a mentee the schedule does not list' });
  });
  return issues;
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
  const mentorIds = ev.mentors.map((m) => m.id).sort().join('\n');
  const menteeIds = ev.mentees.map((m) => m.id).sort().join('\n');
  return schedule.rounds.every((r, i) => {
    if (r.round !== i + 1) return false;
    if (r.tables.some((t) => t.menteeIds.length > ev.settings.tableCapacity)) return false;
    const seatedMentors = r.tables.map((t) => t.mentorId).sort().join('\n');
    const seatedMentees = [...r.tables.flatMap((t) => t.menteeIds), ...r.byes].sort().join('\n');
    return seatedMentors === mentorIds && seatedMentees === menteeIds;
  });
}
