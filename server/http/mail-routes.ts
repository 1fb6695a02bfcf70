import { Router } from 'express';
import { mailSendBodySchema, timeZoneSchema } from '../../shared/mail/mail-schemas';
import { badRequest } from '../errors';
import { originOf, requireOrganizer, type HttpDeps } from './context';
import { parseBody } from './validate';

/**
 * Personal links by e-mail (docs/api.md, "Personal links by e-mail"): a send request, the send
 * log, and the mail-merge file for sending them some other way. Organizer key only.
 */
export function mailRoutes(deps: HttpDeps): Router {
  const { mailer, publicUrl } = deps;
  const r = Router();

  // 202: queued (stored) but not sent yet; the log tells how each mail went.
  r.post('/events/:id/mail/links', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const body = parseBody(mailSendBodySchema, req.body);
    res.status(202).json(await mailer.request(a.eventId, body, a.secret, publicUrl(originOf(req))));
  });

  r.get('/events/:id/mail', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    res.json(await mailer.log(a.eventId));
  });

  r.get('/events/:id/mail/merge.csv', (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const raw = req.query.timeZone;
    let timeZone: string | undefined;
    if (raw !== undefined) {
      const parsed = timeZoneSchema.safeParse(raw);
      if (!parsed.success) throw badRequest('timeZone: must be a time zone such as Europe/Berlin');
      timeZone = parsed.data;
    }
    const csv = mailer.mergeCsv(a.eventId, a.secret, publicUrl(originOf(req)), timeZone);
    res.type('text/csv; charset=utf-8').attachment(`mail-merge-${a.eventId}.csv`).send(csv);
  });

  return r;
}
