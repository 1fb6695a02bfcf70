/**
 * The soft costs of a hand edit: what it makes worse that the planner would have avoided,
 * found by comparing the working schedule before and after it. Allowed, but reported, so the
 * console can ask before sending: a meeting again, byes spread unevenly, a met first wish
 * lost, two mentees of one group at one table.
 */
import { takesPart } from '../../attendance/pending';
import type { EditCost } from '../../schemas/plan-edits';
import type { RoundSeating, Schedule } from '../../schemas/schedule';
import { nameKey } from '../../schemas/text';
import { listed, type EditContext } from './plan-edit-context';

type Cost = Omit<EditCost, 'edit'>;

/** Mentees whose place differs in some round between the two schedules. */
function touchedMentees(before: Schedule, after: Schedule): Set<string> {
  const out = new Set<string>();
  const old = new Map(before.rounds.map((r) => [r.round, r] as const));
  const places = (r: RoundSeating | undefined) => {
    const at = new Map<string, string>();
    for (const t of r?.tables ?? []) for (const id of t.menteeIds) at.set(id, t.mentorId);
    for (const id of r?.byes ?? []) at.set(id, '');
    return at;
  };
  for (const r of after.rounds) {
    const was = old.get(r.round);
    if (was === r) continue;
    const a = places(was);
    const b = places(r);
    for (const id of new Set([...a.keys(), ...b.keys()])) if (a.get(id) !== b.get(id)) out.add(id);
  }
  return out;
}

/** The mentees of `who` in the event's order (so costs read in the order the console lists people). */
const inEventOrder = (ctx: EditContext, who: ReadonlySet<string>) =>
  [...ctx.mentees.keys()].filter((id) => who.has(id));

/** The rounds each of `who` meets each mentor in. */
function meetingsOf(schedule: Schedule, who: ReadonlySet<string>): Map<string, Map<string, number[]>> {
  const out = new Map<string, Map<string, number[]>>();
  for (const r of schedule.rounds)
    for (const t of r.tables)
      for (const id of t.menteeIds) {
        if (!who.has(id)) continue;
        const mine = out.get(id) ?? out.set(id, new Map()).get(id)!;
        mine.set(t.mentorId, [...(mine.get(t.mentorId) ?? []), r.round]);
      }
  return out;
}

function repeatCosts(ctx: EditContext, before: Schedule, after: Schedule, who: Set<string>): Cost[] {
  const was = meetingsOf(before, who);
  const now = meetingsOf(after, who);
  const history = new Set(ctx.state.planRules.metBefore.map((p) => `${p.menteeId}\u0000${p.mentorId}`));
  const out: Cost[] = [];
  for (const id of inEventOrder(ctx, who))
    for (const [mentorId, rounds] of now.get(id) ?? []) {
      const had = was.get(id)?.get(mentorId)?.length ?? 0;
      if (rounds.length <= had) continue;
      const pair = `${ctx.name(id)} meets ${ctx.name(mentorId)} again`;
      if (rounds.length >= 2) out.push({ kind: 'repeat', message: `${pair} (rounds ${listed(rounds)})` });
      else if (history.has(`${id}\u0000${mentorId}`))
        out.push({ kind: 'repeat', message: `${pair} (they met at an earlier event)` });
    }
  return out;
}

/** Sit-outs per mentee taking part: the fewest and the most, with one mentee at each end. */
function byeSpread(ctx: EditContext, schedule: Schedule) {
  const count = new Map<string, number>();
  for (const x of ctx.mentees.values()) if (takesPart(x.attendance)) count.set(x.id, 0);
  for (const r of schedule.rounds) for (const id of r.byes) if (count.has(id)) count.set(id, count.get(id)! + 1);
  const entries = [...count].sort((a, b) => a[1] - b[1]);
  const [low, high] = [entries[0], entries.at(-1)];
  return low && high ? { spread: high[1] - low[1], low, high } : null;
}

function byeCosts(ctx: EditContext, before: Schedule, after: Schedule): Cost[] {
  const was = byeSpread(ctx, before);
  const now = byeSpread(ctx, after);
  if (!now || now.spread < 2 || now.spread <= (was?.spread ?? 0)) return [];
  const rounds = (n: number) => (n === 0 ? 'none' : `${n} round${n === 1 ? '' : 's'}`);
  const [[hi, max], [lo, min]] = [now.high, now.low];
  const who = `${ctx.name(hi)} sits out ${rounds(max)}, ${ctx.name(lo)} ${rounds(min)}`;
  const message = `the byes spread to ${now.spread}: ${who}`;
  return [{ kind: 'bye-spread', message }];
}

function wishCosts(ctx: EditContext, before: Schedule, after: Schedule, who: Set<string>): Cost[] {
  const was = meetingsOf(before, who);
  const now = meetingsOf(after, who);
  const out: Cost[] = [];
  for (const id of inEventOrder(ctx, who)) {
    const x = ctx.mentees.get(id);
    if (!x || !takesPart(x.attendance)) continue;
    const first = x.wishes.find((m) => {
      const mentor = ctx.mentors.get(m);
      return mentor !== undefined && takesPart(mentor.attendance);
    });
    if (first === undefined || !was.get(id)?.has(first) || now.get(id)?.has(first)) continue;
    out.push({ kind: 'wish-lost', message: `${x.name} no longer meets their first wish, ${ctx.name(first)}` });
  }
  return out;
}

interface GroupPair {
  round: number;
  mentorId: string;
  a: string;
  b: string;
  group: string;
}

/** Pairs of one group's mentees at one table in the given rounds, by round, table and pair. */
function groupPairs(ctx: EditContext, schedule: Schedule, rounds: ReadonlySet<number>): Map<string, GroupPair> {
  const out = new Map<string, GroupPair>();
  for (const r of schedule.rounds) {
    if (!rounds.has(r.round)) continue;
    for (const t of r.tables) {
      const grouped = t.menteeIds.flatMap((id) => {
        const g = ctx.mentees.get(id)?.group?.trim();
        return g ? [{ id, g, key: nameKey(g) }] : [];
      });
      for (let i = 0; i < grouped.length; i++)
        for (let j = i + 1; j < grouped.length; j++) {
          const [x, y] = [grouped[i]!, grouped[j]!];
          if (x.key !== y.key) continue;
          const [a, b] = [x.id, y.id].sort() as [string, string];
          out.set(JSON.stringify([r.round, t.mentorId, a, b]), {
            round: r.round,
            mentorId: t.mentorId,
            a,
            b,
            group: x.g,
          });
        }
    }
  }
  return out;
}

function groupCosts(ctx: EditContext, before: Schedule, after: Schedule): Cost[] {
  if (!ctx.groups.menteesApart) return [];
  const old = new Map(before.rounds.map((r) => [r.round, r] as const));
  const changed = new Set(after.rounds.filter((r) => old.get(r.round) !== r).map((r) => r.round));
  if (changed.size === 0) return [];
  const was = groupPairs(ctx, before, changed);
  return [...groupPairs(ctx, after, changed)].flatMap(([key, p]) => {
    if (was.has(key)) return [];
    const who = `${ctx.name(p.a)} and ${ctx.name(p.b)}, both from ${p.group},`;
    return [
      { kind: 'group-table' as const, message: `${who} share ${ctx.name(p.mentorId)}'s table in round ${p.round}` },
    ];
  });
}

/** The soft costs edit number `edit` made, going from `before` to `after`. */
export function editCosts(ctx: EditContext, before: Schedule, after: Schedule, edit: number): EditCost[] {
  if (before === after) return [];
  const who = touchedMentees(before, after);
  return [
    ...repeatCosts(ctx, before, after, who),
    ...byeCosts(ctx, before, after),
    ...wishCosts(ctx, before, after, who),
    ...groupCosts(ctx, before, after),
  ].map((c) => ({ edit, ...c }));
}
