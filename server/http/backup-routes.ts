import express, { Router } from 'express';
import { eventInfo } from '../../shared/event/views/event-info';
import type { EventImported } from '../../shared/protocol/answers';
import { eventLinks } from '../events/organizer-access';
import { badRequest, refused } from '../errors';
import { newId, newSecret } from '../secrets';
import { requireOrganizer, originOf, type HttpDeps } from './context';
import { limitPerIp } from './middleware';

/** The largest backup file an import reads (a big event's questions and schedule). */
export const BACKUP_LIMIT = '16mb';

/** A file name from the event's name: letters and digits, dashes between. */
function fileSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'event'
  );
}

/**
 * Backup and reuse: download an event as one sealed JSON file, and create a new event from
 * such a file (no key needed, like creating an event). Mounted before the API's 1 MiB JSON
 * parser: the import parses its own body with a larger limit.
 */
export function backupRoutes(deps: HttpDeps): Router {
  const { service, publicUrl, offload } = deps;
  const r = Router();

  r.get('/events/:id/backup', async (req, res) => {
    requireOrganizer(req, req.params.id);
    const state = service.get(req.params.id);
    const now = service.now();
    // ?feedback=1: the organizer ticked "include feedback" (ratings, private notes and contacts).
    const feedback = req.query.feedback === '1' || req.query.feedback === 'true';
    const history = await service.clockHistory(state.id);
    const { text } = await offload.run({ kind: 'backup', state, history, now, feedback });
    const day = new Date(now).toISOString().slice(0, 10);
    res
      .type('application/json; charset=utf-8')
      .attachment(`tablehop-${fileSlug(state.settings.name)}-${day}.json`)
      .send(text);
  });

  r.post(
    '/events/import',
    limitPerIp(deps.limiters.createEvents, 'too many events created from this address; wait a minute'),
    // Read as bytes: parsing and checking up to 16 MiB of JSON is work for a worker thread.
    express.raw({ type: 'application/json', limit: BACKUP_LIMIT }),
    async (req, res) => {
      if (!Buffer.isBuffer(req.body)) {
        throw badRequest('send the backup file as the body with Content-Type: application/json');
      }
      const read = await offload.run({ kind: 'read-backup', bytes: req.body });
      if (!read.ok) throw badRequest(read.message, read.issues);
      const { backup } = read;
      const eventId = newId();
      const organizerKey = newSecret();
      const creator = { role: 'organizer' as const, personId: null, secret: organizerKey };
      const out = await service.dispatch(eventId, { type: 'event.import', eventId, backup }, creator);
      if (!out.ok) throw refused(out.error);
      const state = out.state!;
      const { replanned } = out.result;
      const body: EventImported = {
        event: eventInfo(state),
        organizerKey,
        links: eventLinks(publicUrl(originOf(req)), state.id, organizerKey),
        imported: {
          mentors: state.mentors.length,
          mentees: state.mentees.length,
          schedule: state.schedule !== null,
          replanned,
        },
      };
      res.status(201).json(body);
    },
  );

  return r;
}
