import { createEffect, createMemo, createSignal, on, type Accessor } from 'solid-js';
import type { DecisionBody, Registration } from '../../../../shared/schemas/registration';
import { ApiError } from '../../../live/api';
import type {
  DecisionAnswer,
  RegistrationApi,
  RegistrationRequest,
  RegistrationSetAnswer,
  RegistrationsAnswer,
} from './registration-api';

/** The console's self sign-up: what GET …/registrations answered last, and the calls that change it. */
export interface SignupState {
  data: Accessor<RegistrationsAnswer | null>;
  /** Why the last read failed (null: it did not). */
  loadError: Accessor<string | null>;
  reload(): Promise<void>;
  set(body: RegistrationRequest): Promise<RegistrationSetAnswer>;
  newCode(): Promise<RegistrationSetAnswer>;
  decide(regId: string, body: DecisionBody): Promise<DecisionAnswer>;
}

/**
 * The answer with each unchanged sign-up as the object shown before, so a re-read leaves its
 * item alone (a reason being typed stays) and only what changed renders again.
 */
function keptFrom(prev: RegistrationsAnswer | null, next: RegistrationsAnswer): RegistrationsAnswer {
  if (!prev) return next;
  const old = new Map([...prev.pending, ...prev.waitListed, ...prev.refused].map((r) => [r.id, r]));
  const same = (r: Registration) => {
    const o = old.get(r.id);
    return o && o.updatedAt === r.updatedAt && o.status === r.status && o.reason === r.reason ? o : r;
  };
  return {
    ...next,
    pending: next.pending.map(same),
    waitListed: next.waitListed.map(same),
    refused: next.refused.map(same),
  };
}

/**
 * Reads the sign-ups once, again whenever `changes` (the view's `signup.changes`, pushed on each
 * sign-up or decision) moves, and after each of this console's own calls. Only the newest read
 * is kept, so a slow answer never overwrites a fresher one. The calls throw ApiError.
 */
export function createSignupState(api: RegistrationApi, changes: Accessor<unknown>): SignupState {
  const [data, setData] = createSignal<RegistrationsAnswer | null>(null);
  const [loadError, setLoadError] = createSignal<string | null>(null);
  let reads = 0;

  const reload = async () => {
    const mine = ++reads;
    try {
      const answer = await api.list();
      if (mine !== reads) return;
      setData(keptFrom(data(), answer));
      setLoadError(null);
    } catch (err) {
      if (mine === reads) setLoadError(err instanceof ApiError ? err.message : String(err));
    }
  };
  // The answer's settings show at once (the new link); the counts and status follow with the read.
  const settled = (answer: RegistrationSetAnswer) => {
    const d = data();
    if (d) setData({ ...d, registration: answer.registration, status: answer.registration.status });
    void reload();
    return answer;
  };

  // A memo: only a new value re-reads, not every push of the view that carries it.
  const moved = createMemo(changes);
  createEffect(on(moved, () => void reload()));

  return {
    data,
    loadError,
    reload,
    set: async (body) => settled(await api.set(body)),
    newCode: async () => settled(await api.newCode()),
    // A refused decision (404, 409) usually means the list moved on elsewhere: read it again too.
    decide: async (regId, body) => {
      try {
        return await api.decide(regId, body);
      } finally {
        await reload();
      }
    },
  };
}
