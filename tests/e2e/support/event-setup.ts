/**
 * Seed an event through the real HTTP API (docs/api.md), as an organizer's script would:
 * create it, add 3 mentors and 5 mentees (names in several scripts), plan, optionally start.
 */

export interface SeededPerson {
  id: string;
  name: string;
  token: string;
  /** The personal page on this server (`/p#token=…`). */
  link: string;
}

export interface SeededEvent {
  eventId: string;
  organizerKey: string;
  projectorLink: string;
  mentors: SeededPerson[];
  mentees: SeededPerson[];
  /** Call the API as the organizer; throws on an unexpected status. */
  api<T = any>(path: string, init?: { method?: string; body?: unknown; token?: string; expect?: number }): Promise<T>;
  /** A clock command (`skip`, `end`, …) against the phase the clock is in now. */
  clock(
    action: 'start' | 'pause' | 'resume' | 'extend' | 'skip' | 'end',
    extra?: Record<string, unknown>,
  ): Promise<any>;
}

export const MENTORS = [
  {
    name: 'Grace Hopper',
    table: 'T1',
    topics: ['Compilers', 'Careers'],
    bio: 'Rear admiral, wrote the first compiler.',
  },
  { name: '李雷', table: 'T2', topics: ['Design', 'Research'] },
  { name: 'عمر الفاروق', table: 'T3', topics: ['Product', 'Leadership'] },
];

export const MENTEES = [
  { name: 'Zoë Martin', questions: ['How do I get my first job?', 'What should I read this year?'] },
  { name: 'Sam Okafor', questions: ['Is a PhD worth it?'] },
  { name: 'Priya Raman', questions: ['How do you pick a team?', 'How do I ask for feedback?'] },
  { name: 'Jonas Berg', questions: ['Remote or office?'] },
  { name: 'Sofia Rossi', questions: ['How do I switch careers?'] },
];

export async function seedEvent(
  url: string,
  opts: {
    name?: string;
    roundSeconds: number;
    changeoverSeconds: number;
    rounds?: number;
    tableCapacity?: number;
    start?: boolean;
  },
): Promise<SeededEvent> {
  async function call<T>(
    path: string,
    init: { method?: string; body?: unknown; token?: string; expect?: number } = {},
    key?: string,
  ): Promise<T> {
    const headers: Record<string, string> = {};
    const secret = init.token ?? key;
    if (secret) headers.authorization = `Bearer ${secret}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${url}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    const expected = init.expect ?? (res.status >= 200 && res.status < 300 ? res.status : 200);
    if (res.status !== expected) throw new Error(`${init.method ?? 'GET'} ${path} → ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  const created = await call<any>('/api/events', {
    body: {
      name: opts.name ?? 'Spring Mentoring Night',
      roundSeconds: opts.roundSeconds,
      changeoverSeconds: opts.changeoverSeconds,
      rounds: opts.rounds ?? 3,
      tableCapacity: opts.tableCapacity ?? 1,
    },
    expect: 201,
  });
  const eventId: string = created.event.id;
  const organizerKey: string = created.organizerKey;
  const api = <T>(path: string, init: { method?: string; body?: unknown; token?: string; expect?: number } = {}) =>
    call<T>(path, init, organizerKey);
  const added = await api<any>(`/api/events/${eventId}/people`, {
    body: { mentors: MENTORS, mentees: MENTEES },
    expect: 201,
  });
  const person = (p: { id: string; name: string; token: string }): SeededPerson => ({
    id: p.id,
    name: p.name,
    token: p.token,
    link: `${url}/p#token=${encodeURIComponent(p.token)}`,
  });
  await api(`/api/events/${eventId}/schedule`, { body: { seed: 7 } });
  const projectorKey = new URL(created.links.projector).hash.replace(/^#key=/, '');
  const seeded: SeededEvent = {
    eventId,
    organizerKey,
    projectorLink: `${url}/projector#key=${projectorKey}`,
    mentors: added.mentors.map(person),
    mentees: added.mentees.map(person),
    api,
    async clock(action, extra = {}) {
      const now = await api<any>(`/api/events/${eventId}/clock`);
      const expectedPhase = now.phase?.index;
      return api(`/api/events/${eventId}/clock`, {
        body: { action, ...(expectedPhase === undefined ? {} : { expectedPhase }), ...extra },
      });
    },
  };
  if (opts.start) await seeded.api(`/api/events/${eventId}/clock`, { body: { action: 'start' } });
  return seeded;
}

/** GET /api/me for a person: the server's view of where they are now and next. */
export function meOf(ev: SeededEvent, p: SeededPerson): Promise<any> {
  return ev.api('/api/me', { token: p.token });
}
