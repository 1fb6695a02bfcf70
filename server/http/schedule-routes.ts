import { Router } from 'express';
import { applyBodySchema } from '../../shared/attendance/preview-schema';
import { accepted, notFound } from '../errors';
import { requireOrganizer, type HttpDeps } from './context';
import { parseBody } from './validate';
import { sendJson } from './send-json';

/** Plan or replan, read the schedule as JSON or CSV. */
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

  const scheduleOf = (id: string) => {
    const s = service.get(id).schedule;
    if (!s) throw notFound('no schedule yet: POST /api/events/:id/schedule plans one');
    return s;
  };

  r.get('/events/:id/schedule', (req, res) => {
    requireOrganizer(req, req.params.id);
    sendJson(res, scheduleOf(req.params.id));
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
