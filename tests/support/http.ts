import type { EventSettingsInput } from '../../shared/schemas/settings';
import type { OrganizerMentee, OrganizerMentor } from '../../shared/protocol/views';

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

/** One HTTP call: JSON (or CSV) in, the parsed answer out; never throws on a status. */
export async function call<T = any>(
  base: string,
  method: string,
  path: string,
  opts: {
    key?: string | null;
    body?: unknown;
    csv?: string;
    raw?: string;
    contentType?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.key) headers.authorization = `Bearer ${opts.key}`;
  let body: string | undefined;
  if (opts.csv !== undefined) {
    headers['content-type'] = 'text/csv';
    body = opts.csv;
  } else if (opts.raw !== undefined) {
    headers['content-type'] = opts.contentType ?? 'application/json';
    body = opts.raw;
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  const res = await fetch(base + path, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return { status: res.status, body: parsed as T, headers: res.headers, text };
}

export const SETTINGS: EventSettingsInput = { name: 'Spring mentoring', roundSeconds: 600, changeoverSeconds: 60 };

export interface CreatedEvent {
  id: string;
  key: string;
  projectorKey: string;
  links: { organizer: string; projector: string };
}

/** POST /api/events; throws unless 201. */
export async function createEvent(base: string, settings: Partial<EventSettingsInput> = {}): Promise<CreatedEvent> {
  const r = await call(base, 'POST', '/api/events', { body: { ...SETTINGS, ...settings } });
  if (r.status !== 201) throw new Error(`create event: ${r.status} ${r.text}`);
  const projectorKey = new URL(r.body.links.projector).hash.replace(/^#key=/, '');
  return { id: r.body.event.id, key: r.body.organizerKey, projectorKey, links: r.body.links };
}

export interface SeededEvent extends CreatedEvent {
  mentors: OrganizerMentor[];
  mentees: OrganizerMentee[];
}

/** An event with `mentors` mentors (Mentor 1…) and `mentees` mentees (Mentee 1…), each with two questions. */
export async function seedEvent(
  base: string,
  counts: { mentors: number; mentees: number },
  settings: Partial<EventSettingsInput> = {},
): Promise<SeededEvent> {
  const ev = await createEvent(base, settings);
  const r = await call(base, 'POST', `/api/events/${ev.id}/people`, {
    key: ev.key,
    body: {
      mentors: Array.from({ length: counts.mentors }, (_, i) => ({
        name: `Mentor ${i + 1}`,
        topics: [`topic ${i + 1}`],
      })),
      mentees: Array.from({ length: counts.mentees }, (_, i) => ({
        name: `Mentee ${i + 1}`,
        questions: [`Q1 of mentee ${i + 1}`, `Q2 of mentee ${i + 1}`],
      })),
    },
  });
  if (r.status !== 201) throw new Error(`add people: ${r.status} ${r.text}`);
  return { ...ev, mentors: r.body.mentors, mentees: r.body.mentees };
}

/** POST a clock command; throws unless 200. */
export async function clock(base: string, ev: { id: string; key: string }, body: Record<string, unknown>) {
  const r = await call(base, 'POST', `/api/events/${ev.id}/clock`, { key: ev.key, body });
  if (r.status !== 200) throw new Error(`clock ${JSON.stringify(body)}: ${r.status} ${r.text}`);
  return r.body;
}
