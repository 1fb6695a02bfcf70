/** The benches' event over the real HTTP API: many mentees at tables of 5, planned and started. */

export const TABLE_CAPACITY = 5;

/** One JSON call; throws unless 2xx. */
export async function api<T>(
  base: string,
  method: string,
  path: string,
  key: string | null,
  body?: unknown,
): Promise<T> {
  const res = await fetch(base + path, {
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : null) as T;
}

export interface Clock {
  version: number;
  phase: { index: number } | null;
}

export type BenchEvent = Awaited<ReturnType<typeof seedEvent>>;

/** An event with `mentees` mentees at tables of 5, wishes and avoids, planned and started. */
export async function seedEvent(base: string, mentees: number, rounds: number, name = 'Fan-out bench') {
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const mentorCount = Math.ceil(mentees / TABLE_CAPACITY);
  const created = await api<{ event: { id: string }; organizerKey: string }>(base, 'POST', '/api/events', null, {
    name: `${name} (${mentees} mentees)`,
    roundSeconds: 3600, // no boundary passes by itself during the bench: every change is a skip
    changeoverSeconds: 600,
    rounds,
    tableCapacity: TABLE_CAPACITY,
  });
  const { id } = created.event;
  const key = created.organizerKey;
  const mentors = Array.from({ length: mentorCount }, (_, i) => ({
    name: `Mentor ${i + 1}`,
    topics: ['careers', `topic ${i % 17}`],
    bio: 'Twenty years in software.',
  }));
  await api(base, 'POST', `/api/events/${id}/people`, key, { mentors, mentees: [] });
  const tokens: string[] = [];
  const menteeIds: string[] = [];
  for (let start = 0; start < mentees; start += 2000) {
    const batch = Array.from({ length: Math.min(2000, mentees - start) }, (_, k) => ({
      name: `Mentee ${start + k + 1}`,
      questions: ['How do I grow into a senior role?', 'What should I read next?'],
      wishes: [`Mentor ${rand(mentorCount) + 1}`, `Mentor ${rand(mentorCount) + 1}`].filter(
        (w, j, all) => all.indexOf(w) === j,
      ),
      avoid: [],
    }));
    const added = await api<{ mentees: { id: string; token: string }[] }>(
      base,
      'POST',
      `/api/events/${id}/people`,
      key,
      { mentors: [], mentees: batch },
    );
    tokens.push(...added.mentees.map((m) => m.token));
    menteeIds.push(...added.mentees.map((m) => m.id));
  }
  await api(base, 'POST', `/api/events/${id}/schedule`, key, {});
  const started = await api<Clock>(base, 'POST', `/api/events/${id}/clock`, key, { action: 'start' });
  return { id, key, tokens, menteeIds, clock: started };
}

/** Rounds enough for `skips` round changes (each skip moves one phase: rounds and changeovers alternate). */
export const roundsFor = (skips: number): number => Math.max(10, Math.ceil((skips + 3) / 2) + 1);
