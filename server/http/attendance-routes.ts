import { Router } from 'express';
import { previewBodySchema, statusBodySchema } from '../../shared/attendance/preview-schema';
import { clientPayloadSchemas } from '../../shared/protocol/events';
import { organizerAccess, withSecret } from '../events/organizer-access';
import { accepted, refused } from '../errors';
import { requireOrganizer, requirePerson, originOf, type HttpDeps } from './context';
import { parseBody } from './validate';

/** Live changes: attendance at the door, a person's own check-in, and the preview of a replan. */
export function attendanceRoutes(deps: HttpDeps): Router {
  const { service, publicUrl, offload } = deps;
  const r = Router();

  r.post('/events/:id/people/:personId/status', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const body = parseBody(statusBodySchema, req.body);
    const out = accepted(
      await service.dispatch(a.eventId, { type: 'attendance.set', personId: req.params.personId, ...body }, a),
    );
    res.json({
      person: withSecret(
        out.person,
        organizerAccess(a.eventId, a.secret, publicUrl(originOf(req)), service.peek(a.eventId)),
      ),
      pending: out.pending,
    });
  });

  // A read: the proposal for the committed state brought to now; nothing is stored.
  // Planning a large event takes seconds: offload runs it in a worker thread then.
  r.post('/events/:id/schedule/preview', async (req, res) => {
    requireOrganizer(req, req.params.id);
    const opts = parseBody(previewBodySchema, req.body);
    const proposed = await offload.run({
      kind: 'preview',
      state: service.get(req.params.id),
      opts,
      now: service.now(),
    });
    if (!proposed.ok) throw refused(proposed.error);
    const { json } = proposed;
    // Bytes from a worker thread are sent as they are: no string of 145 MiB on the event loop.
    const body = typeof json === 'string' ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength);
    res.type('application/json; charset=utf-8').send(body);
  });

  r.post('/me/check-in', async (req, res) => {
    const a = requirePerson(req);
    const person = accepted(
      await service.dispatch(a.eventId, { type: 'attendance.check-in', personId: a.personId }, a),
    );
    res.json({ attendance: person.attendance });
  });

  // "I am here after all" from a page marked absent or gone: a door change the organizer reviews.
  r.post('/me/here', async (req, res) => {
    const a = requirePerson(req);
    parseBody(clientPayloadSchemas['attendance:here'], req.body ?? {});
    const person = accepted(
      await service.dispatch(a.eventId, { type: 'attendance.here-after-all', personId: a.personId }, a),
    );
    res.json({ attendance: person.attendance });
  });

  return r;
}
