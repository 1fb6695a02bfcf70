import { Router } from 'express';
import { eventSettingsPatchSchema, eventSettingsSchema } from '../../shared/schemas/settings';
import { eventInfo } from '../../shared/event/views/event-info';
import type { EventCreated } from '../../shared/protocol/answers';
import { organizerView } from '../../shared/event/views/organizer-view';
import { eventLinks, organizerAccess } from '../events/organizer-access';
import { accepted, refused } from '../errors';
import { newId, newSecret } from '../secrets';
import { requireOrganizer, originOf, type HttpDeps } from './context';
import { limitPerIp } from './middleware';
import { parseBody } from './validate';

/** Create, read, change and delete events. */
export function eventsRoutes(deps: HttpDeps): Router {
  const { service, publicUrl } = deps;
  const r = Router();

  const created = limitPerIp(deps.limiters.createEvents, 'too many events created from this address; wait a minute');
  r.post('/events', created, async (req, res) => {
    const settings = parseBody(eventSettingsSchema, req.body);
    const eventId = newId();
    const organizerKey = newSecret();
    const creator = { role: 'organizer' as const, personId: null, secret: organizerKey };
    const out = await service.dispatch(eventId, { type: 'event.create', eventId, settings }, creator);
    if (!out.ok) throw refused(out.error);
    const body: EventCreated = {
      event: eventInfo(out.state!),
      organizerKey,
      links: eventLinks(publicUrl(originOf(req)), eventId, organizerKey),
    };
    res.status(201).json(body);
  });

  r.get('/events/:id', (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const state = service.get(a.eventId);
    res.json(
      organizerView(state, service.now(), organizerAccess(a.eventId, a.secret, publicUrl(originOf(req)), state)),
    );
  });

  r.patch('/events/:id', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const patch = parseBody(eventSettingsPatchSchema, req.body);
    const out = await service.dispatch(a.eventId, { type: 'settings.patch', patch }, a);
    if (!out.ok) throw refused(out.error);
    res.json(
      organizerView(
        out.state!,
        service.now(),
        organizerAccess(a.eventId, a.secret, publicUrl(originOf(req)), out.state),
      ),
    );
  });

  r.delete('/events/:id', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    accepted(await service.dispatch(a.eventId, { type: 'event.delete' }, a));
    res.status(204).end();
  });

  return r;
}
