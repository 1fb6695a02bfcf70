import { Router } from 'express';
import { clockCommandSchema } from '../../shared/schemas/clock';
import { clockOf } from '../events/views/event-info';
import { requireOrganizer, type HttpDeps } from './context';
import { parseBody } from './validate';

/** Read the clock and command it. */
export function clockRoutes(deps: HttpDeps): Router {
  const { service } = deps;
  const r = Router();

  r.get('/events/:id/clock', (req, res) => {
    requireOrganizer(req, req.params.id);
    res.json(clockOf(service.get(req.params.id), service.now()));
  });

  r.post('/events/:id/clock', async (req, res) => {
    requireOrganizer(req, req.params.id);
    const cmd = parseBody(clockCommandSchema, req.body);
    res.json(await service.clock(req.params.id, cmd));
  });

  return r;
}
