import { Router } from 'express';
import { eventSettingsPatchSchema, eventSettingsSchema } from '../../shared/schemas/settings';
import { eventInfo } from '../events/views/event-info';
import { eventLinks, organizerView } from '../events/views/organizer-view';
import { requireOrganizer, type HttpDeps } from './context';
import { limitPerIp } from './middleware';
import { parseBody } from './validate';

/** Create, read, change and delete events. */
export function eventsRoutes(deps: HttpDeps): Router {
  const { service, publicUrl } = deps;
  const r = Router();

  r.post('/events', limitPerIp(deps.limiters.createEvents, 'too many events created from this address; wait a minute'), (req, res) => {
    const settings = parseBody(eventSettingsSchema, req.body);
    const { state, organizerKey } = service.create(settings);
    res.status(201).json({ event: eventInfo(state), organizerKey, links: eventLinks(publicUrl(), state.id, organizerKey) });
  });

  r.get('/events/:id', (req, res) => {
    const { secret } = requireOrganizer(req, req.params.id);
    res.json(organizerView(service.get(req.params.id), service.now(), secret, publicUrl()));
  });

  r.patch('/events/:id', async (req, res) => {
    const { secret } = requireOrganizer(req, req.params.id);
    const patch = parseBody(eventSettingsPatchSchema, req.body);
    const state = await service.patchSettings(req.params.id, patch);
    res.json(organizerView(state, service.now(), secret, publicUrl()));
  });

  r.delete('/events/:id', async (req, res) => {
    requireOrganizer(req, req.params.id);
    await service.deleteEvent(req.params.id);
    res.status(204).end();
  });

  return r;
}
