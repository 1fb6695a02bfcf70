import type { Coded, CodedMessage } from '../../schemas/issue-codes';
import type { Mentor } from '../../schemas/people';
import { nameKey, quoteText } from '../../schemas/text';

export { nameKey };

/** Looks mentors up by name; a name two mentors share (in an event stored before names were unique) is ambiguous. */
export interface MentorIndex {
  find(name: string): { id: string } | NotFound;
}

/** Why a name finds no one: the English `error`, and its stable code and params (issue-codes.ts). */
export type NotFound = { error: string } & Coded;

/** An index of mentors by name key. */
export function indexMentors(mentors: readonly Pick<Mentor, 'id' | 'name'>[]): MentorIndex {
  const byKey = new Map<string, string[]>();
  // Keys of the names seen so far: 5,000 mentees wishing for 30 of 500 mentors ask for the
  // same few names 150,000 times, and a key takes several Unicode passes to make.
  const keys = new Map<string, string>();
  const keyOf = (name: string) => {
    let k = keys.get(name);
    if (k === undefined) {
      k = nameKey(name);
      keys.set(name, k);
    }
    return k;
  };
  for (const m of mentors) {
    const k = keyOf(m.name);
    byKey.set(k, [...(byKey.get(k) ?? []), m.id]);
  }
  const answer = (name: string): { id: string } | NotFound => {
    const ids = byKey.get(keyOf(name)) ?? [];
    if (ids.length === 1) return { id: ids[0]! };
    if (ids.length === 0)
      return { error: `no mentor named ${JSON.stringify(name)}`, code: 'noOneNamed', params: { name, role: 'mentor' } };
    return {
      error: `${ids.length} mentors are named ${JSON.stringify(name)}; rename one to tell them apart`,
      code: 'nameShared',
      params: { name, count: ids.length },
    };
  };
  // The answer per name as written, made once: the 500,000 wishes and avoids of a large
  // event name the same few thousand mentors, one Map look-up each instead of two and a new
  // object. (Answers are frozen-by-convention values; callers only read them.)
  const answers = new Map<string, { id: string } | NotFound>();
  return {
    find(name) {
      let a = answers.get(name);
      if (a === undefined) {
        a = answer(name);
        answers.set(name, a);
      }
      return a;
    },
  };
}

/**
 * The free default table labels T1, T2, … one after another: each call gives the next label
 * no key in `taken` holds (checked at each call, so labels taken meanwhile are skipped). Used
 * for a batch of mentors, it starts where the previous label ended: 500 new mentors cost 500
 * look-ups, not 125,000.
 */
export function freeTableLabels(taken: { has(key: string): boolean }): () => string {
  let n = 1;
  return () => {
    for (; ; n++) {
      const label = `T${n}`;
      // A default label's key is itself in lower case ("t12"): no Unicode work needed.
      if (!taken.has(label.toLowerCase())) {
        n++;
        return label;
      }
    }
  };
}

/** Someone already holding a name: a person of the event, or one earlier in the same batch (`at` its JSON path). */
export interface NameHolder {
  name: string;
  at?: string;
}

/** The people of one role by name key, to find who already holds a name. */
export type NameRegister = Map<string, NameHolder>;

/** A register of `people`'s names (the event's people of one role). */
export function registerNames(people: readonly { name: string }[]): NameRegister {
  const register: NameRegister = new Map();
  for (const p of people) if (!register.has(nameKey(p.name))) register.set(nameKey(p.name), { name: p.name });
  return register;
}

/**
 * Why `name` cannot be given to a `role` (its key is already held in `register`), or undefined:
 * `"grace" is already a mentee of this event, spelled "Grace"`, or `… at mentees.0` for one
 * earlier in the batch. The wording follows the CSV import's ("is already a mentee on line 3").
 * Code `nameTaken`; `holder` is the name as the holder spells it.
 */
export function nameTaken(
  register: NameRegister,
  name: string,
  role: 'mentor' | 'mentee' | 'peer',
): CodedMessage | undefined {
  const holder = register.get(nameKey(name));
  if (!holder) return undefined;
  const where = holder.at === undefined ? 'of this event' : `at ${holder.at}`;
  const spelled = holder.name === name ? '' : `, spelled ${quoteText(holder.name)}`;
  return {
    message: `${quoteText(name)} is already a ${role} ${where}${spelled}`,
    code: 'nameTaken',
    params: { name, role, holder: holder.name },
  };
}
