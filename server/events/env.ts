import { createHash } from 'node:crypto';
import type { ApplyEnv } from '../../shared/event/apply';
import type { Planner } from '../../shared/event/planner';
import type { EventState } from '../../shared/event/state';
import { sha256Base64url } from '../hashing';

/**
 * The environment one command is applied in, drawn from a random `seed` (16 bytes per
 * command): fresh person ids unused in the event, a planner seed for a new event, SHA-256 for
 * preview fingerprints. Drawn from a seed rather than from the system's randomness so that a
 * rehearsal in a worker thread and the apply on the main thread make the very same ids, and
 * so plan the very same schedule (server/workers/).
 */
export function envFor(state: EventState | null, seed: string, planner?: Planner): ApplyEnv {
  const taken = new Set([...(state?.mentors ?? []), ...(state?.mentees ?? [])].map((p) => p.id));
  let n = 0;
  const draw = () => createHash('sha256').update(`${seed}:${n++}`).digest();
  return {
    newId() {
      let id = draw().toString('base64url').slice(0, 8);
      while (taken.has(id)) id = draw().toString('base64url').slice(0, 8);
      taken.add(id);
      return id;
    },
    newSeed: () => 1 + (draw().readUInt32BE(0) % (2 ** 31 - 1)),
    digest: (text) => sha256Base64url(text).slice(0, 22),
    ...(planner ? { planner } : {}),
  };
}
