import { io, type Socket } from 'socket.io-client';
import { BACKUP_LIMIT_BYTES } from './load-bodies';
import { type Answered, agentFrom, send, stalledUpload } from './load-http';

/**
 * The attacks of issue 13 as traffic: each sends what an attacker on the venue's network
 * would, from its own loopback address, for a bounded time or count, and returns what it was
 * answered. The hostile-load suite judges the answers.
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A status, or for a connection closed without an answer `0 EPIPE` / `0 ECONNRESET`. */
const outcomeOf = (r: Answered): number | string => (r.status === 0 ? `0 ${r.text.replace(/^\w+ /, '')}` : r.status);

/** `parallel` loops posting the same backup to `/api/events/import` until `ms` has passed. */
export async function importFlood(url: string, body: Buffer, from: string, ms: number, parallel: number) {
  const end = Date.now() + ms;
  const outcomes: (number | string)[] = [];
  const loop = async () => {
    while (Date.now() < end)
      outcomes.push(outcomeOf(await send(url, { method: 'POST', path: '/api/events/import', from, body })));
  };
  await Promise.all(Array.from({ length: parallel }, loop));
  return outcomes;
}

/** The steps of building and planning a large event, each answered (a step not reached is absent). */
export async function largeEvent(
  url: string,
  from: string,
  settings: object,
  csv: string,
  mark: (label: string) => Promise<void>,
): Promise<Record<'create' | 'people' | 'preview' | 'plan', Answered | undefined>> {
  const out: Record<string, Answered | undefined> = {};
  const step = async (label: string, go: () => Promise<Answered>) => {
    out[label] = await go();
    await mark(label);
    return out[label]!;
  };
  const made = await step('create', () =>
    send(url, { method: 'POST', path: '/api/events', from, body: JSON.stringify(settings) }),
  );
  if (made.status === 201) {
    const { event, organizerKey: key } = JSON.parse(made.text);
    const base = `/api/events/${event.id}`;
    const post = (path: string, body: string, type?: string) =>
      send(url, { method: 'POST', path: `${base}${path}`, from, key, body, type });
    const people = await step('people', () => post('/people.csv', csv, 'text/csv'));
    if (people.status === 201) {
      await step('preview', () => post('/schedule/preview', '{}'));
      await step('plan', () => post('/schedule', '{}'));
    }
  }
  return out as Record<'create' | 'people' | 'preview' | 'plan', Answered | undefined>;
}

export interface TokenFlood {
  /** Sockets connected 2 s in (the connect burst settled) and at the end. */
  openAt2s: number;
  openAtEnd: number;
  /** Sockets told `connection:closed` with `too_many_connections`. */
  tooMany: number;
  socketAnswers: string[];
  httpAnswers: number[];
  firstAt: number;
  lastAcceptedAt: number;
}

/**
 * One person token: `count` sockets at once, each writing `questions:update` as fast as its
 * acks come back, and two HTTP loops of `PUT /api/me/questions`, for `ms`.
 */
export async function tokenFlood(url: string, token: string, from: string, count: number, ms: number) {
  const end = Date.now() + ms;
  const r: TokenFlood = {
    openAt2s: 0,
    openAtEnd: 0,
    tooMany: 0,
    socketAnswers: [],
    httpAnswers: [],
    firstAt: 0,
    lastAcceptedAt: 0,
  };
  const sockets: Socket[] = [];
  const open = () => sockets.filter((s) => s.connected).length;
  const at2s = sleep(2000).then(() => {
    r.openAt2s = open();
  });
  const write = async (s: Socket) => {
    for (let n = 0; s.connected && Date.now() < end; n++) {
      r.firstAt ||= Date.now();
      const ack = await s
        .timeout(2000)
        .emitWithAck('questions:update', { questions: [`flood ${n}`] })
        .catch(() => ({ ok: false, error: { code: 'no answer' } }));
      r.socketAnswers.push(ack.ok ? 'ok' : ack.error.code);
      if (ack.ok) r.lastAcceptedAt = Date.now();
    }
  };
  const done = Array.from({ length: count }, () => {
    // localAddress reaches the WebSocket's own connection (engine.io-client passes it to ws).
    const opts = {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      localAddress: from,
    };
    const s = io(url, opts);
    sockets.push(s);
    s.on('connection:closed', (why: { reason: string }) => {
      if (why.reason === 'too_many_connections') r.tooMany++;
    });
    return new Promise<void>((resolve) => {
      s.once('connect', () => void write(s).then(() => resolve()));
      s.once('connect_error', () => resolve());
      s.once('disconnect', () => resolve());
    });
  });
  const http = async () => {
    const agent = agentFrom(from);
    for (let n = 0; Date.now() < end; n++) {
      r.firstAt ||= Date.now();
      const body = JSON.stringify({ questions: [`http ${n}`] });
      const a = await send(url, { method: 'PUT', path: '/api/me/questions', from, key: token, agent, body });
      r.httpAnswers.push(a.status);
      if (a.status === 200) r.lastAcceptedAt = Date.now();
    }
    agent.destroy();
  };
  await Promise.all([...done, http(), http(), at2s]);
  await sleep(500);
  r.openAtEnd = open();
  for (const s of sockets) s.close();
  return r;
}

/**
 * `count` imports that declare the backup limit and send `sent` bytes, then stall. Reports
 * which were answered at once (within 3 s) and when the others ended (the request timeout).
 */
export async function stalledUploads(url: string, from: string, count: number, sent: number, waitMs: number) {
  const started = Date.now();
  const uploads = Array.from({ length: count }, () =>
    stalledUpload(url, '/api/events/import', from, BACKUP_LIMIT_BYTES, sent),
  );
  const ended: { status: number; afterMs: number; error?: string }[] = [];
  for (const u of uploads) void u.outcome.then((o) => ended.push({ ...o, afterMs: o.at - started }));
  await sleep(3000);
  const atOnce = [...ended];
  while (ended.length < count && Date.now() < started + waitMs) await sleep(250);
  const held = ended.slice(atOnce.length);
  const unfinished = count - ended.length;
  for (const u of uploads) u.destroy();
  return { atOnce, held, unfinished };
}

/** `count` whole imports at once of the backup limit's size that are not JSON: each is read, then a 400. */
export async function wholeBodies(url: string, from: string, count: number): Promise<number[]> {
  const junk = Buffer.alloc(BACKUP_LIMIT_BYTES, 0x20);
  junk[0] = 0x7b; // `{` and 16 MiB of spaces
  const answers = await Promise.all(
    Array.from({ length: count }, () => send(url, { method: 'POST', path: '/api/events/import', from, body: junk })),
  );
  return answers.map((a) => a.status);
}

/** Every address posts `POST /api/events` back to back for `ms`; statuses per address, 429 messages. */
export async function creations(url: string, addresses: string[], ms: number) {
  const end = Date.now() + ms;
  const byAddress = new Map<string, number[]>(addresses.map((a) => [a, []]));
  const messages = new Set<string>();
  await Promise.all(
    addresses.map(async (from) => {
      const agent = agentFrom(from);
      for (let n = 0; Date.now() < end; n++) {
        const body = JSON.stringify({ name: `Spam ${from} ${n}`, roundSeconds: 60, changeoverSeconds: 10 });
        const r = await send(url, { method: 'POST', path: '/api/events', from, agent, body });
        byAddress.get(from)!.push(r.status);
        if (r.status === 429) messages.add(JSON.parse(r.text).error.message.replace(/\d+ minutes?/, 'N minutes'));
      }
      agent.destroy();
    }),
  );
  return { byAddress, messages };
}
