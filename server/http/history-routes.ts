import express, { type Request, Router } from 'express';
import { metBeforeFrom, type EarlierEvent, type HistoryMatch } from '../../shared/event/rules/history';
import type { Issue } from '../../shared/schemas/errors';
import type { HistoryAdded, HistoryCleared, HistoryEventRef } from '../../shared/schemas/history';
import { accepted, badRequest, RequestError } from '../errors';
import { BACKUP_LIMIT } from './backup-routes';
import { requireOrganizer, type HttpDeps } from './context';
import { ipOf } from './middleware';

/** The path of the history calls, for the body budget (api.ts): a backup file may be as large as an import's. */
export const HISTORY_PATH = /^\/events\/[^/]+\/history$/;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * Pairs met at earlier events (issue 18): POST a backup file of an earlier event, or the ids
 * and organizer keys of earlier events on this server, and the pairs who sat at one table
 * there join this event's plan rules (the planner seats new meetings first); DELETE forgets
 * them. Mounted before the API's 1 MiB JSON parser: a backup body may be up to 16 MiB, read
 * (and paired with this event's people) in a worker thread when large, as the import does.
 */
export function historyRoutes(deps: HttpDeps): Router {
  const { service, offload } = deps;
  const r = Router();

  // The organizer key before the body: anyone else's upload is refused unread.
  const organizerOnly = (req: Request<{ id: string }>, _res: unknown, next: () => void) => {
    requireOrganizer(req, req.params.id);
    next();
  };

  r.post(
    '/events/:id/history',
    organizerOnly,
    express.raw({ type: 'application/json', limit: BACKUP_LIMIT }),
    async (req, res) => {
      const a = requireOrganizer(req, req.params.id);
      if (!Buffer.isBuffer(req.body)) {
        throw badRequest(
          'send a backup file of an earlier event, or {"events": [{"id": …, "key": …}]}, ' +
            'as the body with Content-Type: application/json',
        );
      }
      const here = service.get(a.eventId);
      const people = { mentors: peopleOf(here.mentors), mentees: peopleOf(here.mentees) };
      const read = await offload.run({ kind: 'read-history', bytes: req.body, here: people, eventId: a.eventId });
      if (!read.ok) throw badRequest(read.message, read.issues);
      const match: HistoryMatch =
        read.form === 'backup'
          ? read.match
          : metBeforeFrom(await earlierEvents(deps, req, a.eventId, read.events), people);
      const out = accepted(await service.dispatch(a.eventId, { type: 'history.add', pairs: match.pairs }, a));
      const body: HistoryAdded = { ...out, matched: match.matched, unmatched: match.unmatched };
      res.json(body);
    },
  );

  r.delete('/events/:id/history', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const body: HistoryCleared = accepted(await service.dispatch(a.eventId, { type: 'history.clear' }, a));
    res.json(body);
  });

  return r;
}

/** What the pairing reads of a person (not their questions or bio: they need not travel to a thread). */
const peopleOf = (list: readonly { id: string; name: string; email?: string }[]) =>
  list.map(({ id, name, email }) => (email ? { id, name, email } : { id, name }));

/**
 * The earlier events of a `{ events }` body, each authorised by its own organizer key. A key
 * that is unknown, or not the organizer key of that event, refuses the call (403) naming the
 * entry, and so does this event itself; nothing is added. Wrong keys count against the
 * address's budget of wrong keys, as every other wrong key does.
 */
async function earlierEvents(
  deps: HttpDeps,
  req: Request,
  selfId: string,
  refs: HistoryEventRef[],
): Promise<EarlierEvent[]> {
  const issues: Issue[] = [];
  const events: EarlierEvent[] = [];
  for (const [i, ref] of refs.entries()) {
    if (ref.id === selfId) {
      issues.push({ path: `events.${i}.id`, message: 'is this event itself; name an earlier one' });
      continue;
    }
    let principal: { role: string; eventId: string } | null = null;
    try {
      principal = await deps.resolve(ref.key, ipOf(req));
    } catch (err) {
      // An unknown key is this entry's problem; too many of them (429) is the caller's.
      if (!(err instanceof RequestError) || err.code !== 'unauthorized') throw err;
    }
    if (principal === null || principal.role !== 'organizer' || principal.eventId !== ref.id) {
      issues.push({ path: `events.${i}.key`, message: `is not the organizer key of event ${JSON.stringify(ref.id)}` });
      continue;
    }
    events.push({ ...deps.service.get(ref.id), clockHistory: await deps.service.clockHistory(ref.id) });
  }
  if (issues.length > 0) {
    const first = issues[0]!;
    const message =
      issues.length === 1
        ? `${first.path} ${first.message}; nothing was added`
        : `${plural(issues.length, 'earlier event')} could not be read with the keys given; nothing was added`;
    throw new RequestError('forbidden', message, issues);
  }
  return events;
}
