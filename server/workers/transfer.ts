/**
 * How large task results cross from a worker thread back to the event loop. A result is
 * normally structured-cloned, and the receiving side rebuilds the whole object graph in one
 * go, on the event loop: 390 ms for a 145 MiB preview string, 780 ms for the 22 MiB plan of a
 * 7,000-person event. So these two travel as bytes instead, moved (transferred, not copied):
 * the preview as its UTF-8 JSON, the plan with its seats as 32-bit indices into a table of the
 * people's ids. The event loop then rebuilds a plan a few rounds per turn (`unpack`), letting
 * /healthz and the phones in between. Everything else is cloned as before.
 */
import type { PlannerCall } from '../../shared/event/planner';
import type { Schedule } from '../../shared/planner/types';
import type { RoundSeating } from '../../shared/schemas/schedule';

/** What a packed plan's header says about one planner call; its seats follow in the Int32 part. */
type CallHead =
  | { key: string; refused: string }
  | {
      key: string;
      /** The schedule's other fields, and the order of all its keys (a digest of its JSON text depends on it). */
      rest: Record<string, unknown>;
      keys: string[];
      ids: string[];
      rounds: number;
      from: number;
      to: number;
    };

const HEAD_LENGTH_BYTES = 4;

/** The planner calls of a rehearsal as one byte array (header JSON, then the seats). */
export function packCalls(calls: readonly PlannerCall[]): Uint8Array {
  const seats: number[] = [];
  const heads: CallHead[] = calls.map((call) => {
    if ('refused' in call) return { key: call.key, refused: call.refused };
    const { rounds, ...rest } = call.schedule;
    const index = new Map<string, number>();
    const ids: string[] = [];
    const at = (id: string) => {
      let i = index.get(id);
      if (i === undefined) {
        i = ids.push(id) - 1;
        index.set(id, i);
      }
      return i;
    };
    const from = seats.length;
    for (const r of rounds) {
      seats.push(r.round, r.tables.length);
      for (const t of r.tables) {
        // The seat's table label when mentors move (-1: none, the table is the mentor's own).
        seats.push(at(t.mentorId), t.table === undefined ? -1 : at(t.table), t.menteeIds.length);
        for (const id of t.menteeIds) seats.push(at(id));
      }
      seats.push(r.byes.length);
      for (const id of r.byes) seats.push(at(id));
    }
    const keys = Object.keys(call.schedule);
    return { key: call.key, rest, keys, ids, rounds: rounds.length, from, to: seats.length };
  });
  const head = new TextEncoder().encode(JSON.stringify(heads));
  // The seats start on a 4-byte boundary so that an Int32Array can view them in place.
  const seatsAt = align4(HEAD_LENGTH_BYTES + head.byteLength);
  const out = new Uint8Array(seatsAt + seats.length * 4);
  new DataView(out.buffer).setUint32(0, head.byteLength);
  out.set(head, HEAD_LENGTH_BYTES);
  new Int32Array(out.buffer, seatsAt, seats.length).set(seats);
  return out;
}

/** How many rounds `unpackCalls` rebuilds between two turns of the event loop. */
const ROUNDS_PER_TURN = 8;

/**
 * The planner calls back from `packCalls`, rebuilt `ROUNDS_PER_TURN` rounds at a time with
 * `pause()` (one event-loop turn) in between.
 */
export async function unpackCalls(bytes: Uint8Array, pause: () => Promise<void>): Promise<PlannerCall[]> {
  const headLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  const heads = JSON.parse(
    new TextDecoder().decode(bytes.subarray(HEAD_LENGTH_BYTES, HEAD_LENGTH_BYTES + headLength)),
  ) as CallHead[];
  const seatsAt = align4(HEAD_LENGTH_BYTES + headLength);
  const seats = new Int32Array(bytes.buffer, bytes.byteOffset + seatsAt, (bytes.byteLength - seatsAt) / 4);
  const calls: PlannerCall[] = [];
  for (const head of heads) {
    if ('refused' in head) {
      calls.push({ key: head.key, refused: head.refused });
      continue;
    }
    const { ids } = head;
    if (head.to > seats.length) throw new Error(`a packed plan is damaged: ${seats.length} seats, expected ${head.to}`);
    const rounds: RoundSeating[] = [];
    let i = head.from;
    for (let n = 0; n < head.rounds; n++) {
      if (n > 0 && n % ROUNDS_PER_TURN === 0) await pause();
      const round = seats[i++]!;
      const tables: RoundSeating['tables'] = new Array(seats[i++]!);
      for (let t = 0; t < tables.length; t++) {
        const mentorId = ids[seats[i++]!]!;
        const label = seats[i++]!;
        const menteeIds: string[] = new Array(seats[i++]!);
        for (let k = 0; k < menteeIds.length; k++) menteeIds[k] = ids[seats[i++]!]!;
        // Keys in the planner's order, so the JSON text (and its digest) is the same.
        tables[t] = label < 0 ? { mentorId, menteeIds } : { mentorId, table: ids[label]!, menteeIds };
      }
      const byes: string[] = new Array(seats[i++]!);
      for (let k = 0; k < byes.length; k++) byes[k] = ids[seats[i++]!]!;
      rounds.push({ round, tables, byes });
    }
    if (i !== head.to) throw new Error(`a packed plan is damaged: ended at ${i}, expected ${head.to}`);
    const schedule: Record<string, unknown> = {};
    for (const k of head.keys) schedule[k] = k === 'rounds' ? rounds : head.rest[k];
    calls.push({ key: head.key, schedule: schedule as Schedule });
  }
  return calls;
}

const align4 = (n: number) => (n + 3) & ~3;

/** A result as the worker sends it: moved bytes for a rehearsal's plans and a preview, else as is. */
export function packResult(kind: string, result: unknown, move: (bytes: Uint8Array) => unknown): unknown {
  if (kind === 'rehearse') return move(packCalls((result as { calls: PlannerCall[] }).calls));
  if (kind === 'preview') {
    const r = result as { ok: boolean; json?: string | Uint8Array };
    if (r.ok && typeof r.json === 'string') return move(new TextEncoder().encode(r.json));
  }
  return result;
}

/** `packResult` undone on the event loop (a plan rebuilt a few rounds per turn). */
export async function unpackResult(kind: string, raw: unknown, pause: () => Promise<void>): Promise<unknown> {
  if (!(raw instanceof Uint8Array)) return raw;
  if (kind === 'rehearse') return { calls: await unpackCalls(raw, pause) };
  if (kind === 'preview') return { ok: true, json: raw };
  throw new Error(`a ${kind} task answered bytes`);
}
