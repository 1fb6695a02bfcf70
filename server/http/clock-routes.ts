import { Router } from 'express';
import { clockRequestCommand } from '../../shared/event/clock-request';
import { clockRequestSchema } from '../../shared/schemas/clock-request';
import { clockOf } from '../../shared/event/views/event-info';
import { accepted } from '../errors';
import { requireOrganizer, type HttpDeps } from './context';
import { parseBody } from './validate';

/** Read the clock and command it (a clock command, an undo of a skip or end, or a reset). */
export function clockRoutes(deps: HttpDeps): Router {
  const { service } = deps;
  const r = Router();

  r.get('/events/:id/clock', (req, res) => {
    requireOrganizer(req, req.params.id);
    res.json(clockOf(service.get(req.params.id), service.now()));
  });

  r.post('/events/:id/clock', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const body = parseBody(clockRequestSchema, req.body);
    res.json(accepted(await service.dispatch(a.eventId, clockRequestCommand(body), a)));
  });

  return r;
}
