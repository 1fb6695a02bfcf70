import { Router } from 'express';
import { applyBodySchema } from '../../shared/attendance/preview-schema';
import type { EventState } from '../../shared/event/state';
import { scheduleEditsBodySchema } from '../../shared/schemas/plan-edits';
import { accepted, notFound } from '../errors';
import { requireOrganizer, type HttpDeps } from './context';
import { parseBody } from './validate';
import { sendJson } from './send-json';

/**
 * The schedule as GET answers it: with the event's pins and locked rounds when it has any
 * (added after the schedule's own fields, so a schedule without them reads exactly as before).
 */
function scheduleAnswer(s: EventState & { schedule: NonNullable<EventState['schedule']> }) {
  const { pins, lockedRounds } = s.planRules;
  return pins.length > 0 || lockedRounds.length > 0 ? { ...s.schedule, pins, lockedRounds } : s.schedule;
}

/** Plan or replan, edit it by hand, read the schedule as JSON or CSV. */
export function scheduleRoutes(deps: HttpDeps): Router {
  const { service } = deps;
  const r = Router();

  r.post('/events/:id/schedule', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const body = parseBody(applyBodySchema, req.body);
    // With a preview's `basedOn` (or the checked-in-only option): apply that preview, 409 when stale.
    const planned =
      body.basedOn || body.checkedInOnly
        ? await service.dispatch(a.eventId, { type: 'schedule.apply', body }, a)
        : await service.dispatch(a.eventId, { type: 'schedule.plan', seed: body.seed }, a);
    sendJson(res, accepted(planned));
  });

  // Hand edits (swap, move, pin, unpin, lock-round, unlock-round): 409 when `basedOn` is stale.
  r.post('/events/:id/schedule/edits', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const body = parseBody(scheduleEditsBodySchema, req.body);
    sendJson(res, accepted(await service.dispatch(a.eventId, { type: 'schedule.edit', body }, a)));
  });

  const scheduleOf = (id: string) => {
    const s = service.get(id);
    if (!s.schedule) throw notFound('no schedule yet: POST /api/events/:id/schedule plans one');
    return { ...s, schedule: s.schedule };
  };

  r.get('/events/:id/schedule', (req, res) => {
    requireOrganizer(req, req.params.id);
    sendJson(res, scheduleAnswer(scheduleOf(req.params.id)));
  });

  r.get('/events/:id/schedule.csv', async (req, res) => {
    requireOrganizer(req, req.params.id);
    scheduleOf(req.params.id); // 404 before the first plan
    const { text } = await deps.offload.run({
      kind: 'export',
      state: service.get(req.params.id),
      file: 'schedule.csv',
    });
    res.type('text/csv; charset=utf-8').attachment(`schedule-${req.params.id}.csv`).send(text);
  });

  return r;
}
