import { localRoleWords } from '../../../i18n/role-words';
import type { RoleWords } from '../../../../shared/labels/role-words';
import type { Preview } from '../../../../shared/attendance/preview-schema';
import { consoleText } from '../../../i18n/catalogues/console';
import { listPhrase, phraseText, type Phrase } from '../../../ui/person-name';
import { phraseOf } from './phrase-of';

type Place = Preview['diff']['seats'][number]['before'];

/** One person's changes in the preview, in words, round by round. */
export interface PersonChanges {
  personId: string;
  name: string;
  role: 'mentor' | 'mentee';
  lines: string[];
  /** The same lines with each name marked, to be shown isolated (PersonPhrase). */
  phrases: Phrase[];
}

/** Names and tables by id from the proposed schedule's people lists (which keep people who left). */
function lookup(p: Preview) {
  const names = new Map<string, string>();
  const tables = new Map<string, string>();
  for (const m of p.schedule.mentors) {
    names.set(m.id, m.name);
    tables.set(m.id, m.table);
  }
  for (const m of p.schedule.mentees) names.set(m.id, m.name);
  return { name: (id: string) => names.get(id) ?? id, table: (id: string) => tables.get(id) ?? '?' };
}

/** "T3 — Grace Hopper", "sits out" or "no seat", the name marked. */
export function placePhrase(place: Place, name: (id: string) => string): Phrase {
  switch (place.kind) {
    case 'table':
      return phraseOf((slot) =>
        consoleText.t('atTable', { table: place.table, mentor: slot([{ name: name(place.mentorId) }]) }),
      );
    case 'bye':
      return [consoleText.t('sitsOut')];
    case 'absent':
      return [consoleText.t('noSeat')];
  }
}

/** The place as plain text. */
export function placeText(place: Place, name: (id: string) => string): string {
  return phraseText(placePhrase(place, name));
}

/** Pure: the preview as the organizer reads it: who moves where, from which round, and which tables open or close. */
export function previewLines(
  p: Preview,
  words: RoleWords = localRoleWords(null),
): { summary: string; people: PersonChanges[] } {
  const w = words.inline;
  const { name, table } = lookup(p);
  const people = new Map<string, PersonChanges>();
  const entry = (id: string, role: PersonChanges['role']) =>
    people.get(id) ?? people.set(id, { personId: id, name: name(id), role, lines: [], phrases: [] }).get(id)!;
  const say = (e: PersonChanges, phrase: Phrase) => {
    e.phrases.push(phrase);
    e.lines.push(phraseText(phrase));
  };
  for (const c of p.diff.seats)
    say(
      entry(c.menteeId, 'mentee'),
      phraseOf((slot) =>
        consoleText.t('seatChange', {
          round: c.round,
          before: slot(placePhrase(c.before, name)),
          after: slot(placePhrase(c.after, name)),
        }),
      ),
    );
  const byMentor = new Map<string, { added: number[]; removed: number[] }>();
  for (const t of p.diff.tables) {
    const m = byMentor.get(t.mentorId) ?? byMentor.set(t.mentorId, { added: [], removed: [] }).get(t.mentorId)!;
    m[t.change].push(t.round);
  }
  const rounds = (list: number[]) =>
    list.length === 1
      ? consoleText.t('roundOne', { round: list[0]! })
      : consoleText.t('roundRange', { from: Math.min(...list), to: Math.max(...list) });
  // Who comes to and who leaves each mentor's table, round by round, from the mentees' moves.
  const atTable = new Map<string, Map<number, { in: string[]; out: string[] }>>();
  const slot = (mentorId: string, round: number) => {
    const m = atTable.get(mentorId) ?? atTable.set(mentorId, new Map()).get(mentorId)!;
    return m.get(round) ?? m.set(round, { in: [], out: [] }).get(round)!;
  };
  for (const c of p.diff.seats) {
    if (c.after.kind === 'table') slot(c.after.mentorId, c.round).in.push(name(c.menteeId));
    if (c.before.kind === 'table') slot(c.before.mentorId, c.round).out.push(name(c.menteeId));
  }
  for (const id of p.affected.mentors) {
    const e = entry(id, 'mentor');
    const t = byMentor.get(id);
    if (t?.removed.length) say(e, [consoleText.t('tableCloses', { table: table(id), rounds: rounds(t.removed) })]);
    if (t?.added.length) say(e, [consoleText.t('tableOpens', { table: table(id), rounds: rounds(t.added) })]);
    if (t?.removed.length) continue;
    for (const [round, x] of [...(atTable.get(id) ?? new Map<number, { in: string[]; out: string[] }>())].sort(
      (a, b) => a[0] - b[0],
    )) {
      const noOne = consoleText.t('noOne');
      say(
        e,
        phraseOf((slot) =>
          consoleText.t('atTableChange', {
            round,
            arriving: slot(listPhrase(x.in, noOne)),
            leaving: slot(listPhrase(x.out, noOne)),
          }),
        ),
      );
    }
  }
  // Mentees who take part now but had no place: they join; everyone else affected moves.
  const arriving = new Set(p.pending.filter((x) => x.change === 'seat' && x.role === 'mentee').map((x) => x.personId));
  const joining = p.affected.mentees.filter((id) => arriving.has(id)).length;
  const moving = p.affected.mentees.length - joining;
  const mentors = p.affected.mentors.length;
  const moves =
    joining === 0
      ? consoleText.t('menteesMove', { moving, mentee: w.mentee, mentees: w.mentees })
      : consoleText.t('menteesJoin', {
          joining,
          mentee: w.mentee,
          mentees: w.mentees,
          others: consoleText.t('othersMove', { moving, mentee: w.mentee, mentees: w.mentees }),
        });
  const tables = consoleText.t('tablesChange', {
    n: mentors,
    mentor: w.mentor,
    // English writes "mentors’ tables" but "alumni’s tables" (pluralPossessive): the catalogue picks by the ending.
    mentors: w.mentors,
    s: w.mentors.endsWith('s') ? 'yes' : 'no',
  });
  const summary = !p.changed
    ? consoleText.t('unchanged')
    : consoleText.t('summary', { round: p.fromRound, moves, tables });
  const order = (x: PersonChanges) => (x.role === 'mentor' ? 0 : 1);
  return { summary, people: [...people.values()].sort((a, b) => order(a) - order(b)) };
}
