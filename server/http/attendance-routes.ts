import { Router } from 'express';
import { pendingChanges } from '../../shared/attendance/pending';
import { previewBodySchema, statusBodySchema } from '../../shared/attendance/preview-schema';
import { selfCheckIn, setAttendance } from '../events/commands/attendance';
import { advanceEvent } from '../events/commands/clock';
import { openRound, propose } from '../events/preview';
import { withSecret } from '../events/views/organizer-view';
import { requireOrganizer, requirePerson, type HttpDeps } from './context';
import { parseBody } from './validate';

/** Live changes: attendance at the door, a person's own check-in, and the preview of a replan. */
export function attendanceRoutes(deps: HttpDeps): Router {
  const { service, publicUrl } = deps;
  const r = Router();

  r.post('/events/:id/people/:personId/status', async (req, res) => {
    const { secret } = requireOrganizer(req, req.params.id);
    const { status, expectedPhase } = parseBody(statusBodySchema, req.body);
    const out = await service.run(req.params.id, (s) => {
      const next = setAttendance(s, req.params.personId, status, expectedPhase);
      return { state: next.state, result: { person: next.person, pending: pendingChanges(next.state.schedule, next.state, openRound(next.state)) } };
    });
    res.json({ person: withSecret(out.person, secret, publicUrl()), pending: out.pending });
  });

  // A read: the proposal for the committed state brought to now; nothing is stored.
  r.post('/events/:id/schedule/preview', (req, res) => {
    requireOrganizer(req, req.params.id);
    const opts = parseBody(previewBodySchema, req.body);
    const now = service.now();
    res.json(propose(advanceEvent(service.get(req.params.id), now), opts).preview);
  });

  r.post('/me/check-in', async (req, res) => {
    const a = requirePerson(req);
    const person = await service.run(a.eventId, (s) => {
      const out = selfCheckIn(s, a.personId);
      return { state: out.state, result: out.person };
    });
    res.json({ attendance: person.attendance });
  });

  return r;
}
