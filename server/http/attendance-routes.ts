import { Router } from 'express';
import { previewBodySchema, statusBodySchema } from '../../shared/attendance/preview-schema';
import { advanceEvent } from '../../shared/event/rules/clock';
import { propose } from '../../shared/event/rules/preview';
import { organizerAccess, withSecret } from '../events/organizer-access';
import { accepted, refused } from '../errors';
import { sha256Base64url } from '../hashing';
import { requireOrganizer, requirePerson, type HttpDeps } from './context';
import { parseBody } from './validate';

/** Live changes: attendance at the door, a person's own check-in, and the preview of a replan. */
export function attendanceRoutes(deps: HttpDeps): Router {
  const { service, publicUrl } = deps;
  const r = Router();

  r.post('/events/:id/people/:personId/status', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const body = parseBody(statusBodySchema, req.body);
    const out = accepted(
      await service.dispatch(a.eventId, { type: 'attendance.set', personId: req.params.personId, ...body }, a),
    );
    res.json({
      person: withSecret(out.person, organizerAccess(a.eventId, a.secret, publicUrl())),
      pending: out.pending,
    });
  });

  // A read: the proposal for the committed state brought to now; nothing is stored.
  r.post('/events/:id/schedule/preview', (req, res) => {
    requireOrganizer(req, req.params.id);
    const opts = parseBody(previewBodySchema, req.body);
    const now = service.now();
    const proposed = propose(advanceEvent(service.get(req.params.id), now), opts, (text) =>
      sha256Base64url(text).slice(0, 22),
    );
    if (!proposed.ok) throw refused(proposed.error);
    res.json(proposed.value.preview);
  });

  r.post('/me/check-in', async (req, res) => {
    const a = requirePerson(req);
    const person = accepted(
      await service.dispatch(a.eventId, { type: 'attendance.check-in', personId: a.personId }, a),
    );
    res.json({ attendance: person.attendance });
  });

  return r;
}
