import { Router, type Response } from 'express';
import { feedbackBodySchema, sharingBodySchema } from '../../shared/schemas/feedback';
import { eventReport } from '../../shared/event/views/report';
import { meetingsView } from '../../shared/event/views/meetings';
import { meetingsIcs } from '../../shared/event/views/meetings-ics';
import { meetingsCsv } from '../../shared/event/views/meetings-csv';
import { followUpsCsv } from '../../shared/event/views/follow-ups-csv';
import { accepted, badRequest, notFound } from '../errors';
import { requireOrganizer, requirePerson, originOf, type HttpDeps } from './context';
import { parseBody } from './validate';

/**
 * After the talk (issue 15, docs/api.md): a person's feedback, sharing choice and meetings
 * (with the .ics and .csv downloads), and the organizer's report, follow-ups export and erase.
 * Writes go through the one write path; the socket twins are in realtime/connection.ts.
 */
export function afterTalkRoutes(deps: HttpDeps): Router {
  const { service, publicUrl } = deps;
  const r = Router();
  const myMeetings = (eventId: string, personId: string) => {
    const view = meetingsView(service.get(eventId), personId, service.now());
    if (!view) throw notFound('this person was removed from the event', { code: 'personRemoved' });
    return view;
  };
  const sendFile = (res: Response, type: string, name: string, text: string) =>
    res.type(type).attachment(name).send(text);

  r.put('/me/feedback/:round/:personId', async (req, res) => {
    const a = requirePerson(req);
    const round = Number(req.params.round);
    if (!Number.isInteger(round) || round < 1)
      throw badRequest('the round in the path must be a whole number from 1', [
        { path: 'round', message: 'must be a whole number from 1' },
      ]);
    const body = parseBody(feedbackBodySchema, req.body);
    const command = {
      type: 'feedback.give' as const,
      personId: a.personId,
      round,
      withId: req.params.personId,
      ...body,
    };
    res.json(accepted(await service.dispatch(a.eventId, command, a)));
  });

  r.put('/me/sharing', async (req, res) => {
    const a = requirePerson(req);
    const body = parseBody(sharingBodySchema, req.body);
    res.json(accepted(await service.dispatch(a.eventId, { type: 'sharing.set', personId: a.personId, body }, a)));
  });

  r.get('/me/meetings', (req, res) => {
    const a = requirePerson(req);
    res.json(myMeetings(a.eventId, a.personId));
  });

  r.get('/me/meetings.ics', (req, res) => {
    const a = requirePerson(req);
    const s = service.get(a.eventId);
    const host = new URL(publicUrl(originOf(req))).hostname || 'tablehop';
    const text = meetingsIcs(
      myMeetings(a.eventId, a.personId),
      s.settings.name,
      s.settings.roundSeconds,
      service.now(),
      host,
      s.settings,
    );
    sendFile(res, 'text/calendar; charset=utf-8', 'tablehop-meetings.ics', text);
  });

  r.get('/me/meetings.csv', (req, res) => {
    const a = requirePerson(req);
    const text = meetingsCsv(myMeetings(a.eventId, a.personId), service.get(a.eventId).settings);
    sendFile(res, 'text/csv; charset=utf-8', 'tablehop-meetings.csv', text);
  });

  r.get('/events/:id/report', (req, res) => {
    requireOrganizer(req, req.params.id);
    res.json(eventReport(service.get(req.params.id)));
  });

  r.get('/events/:id/export/follow-ups.csv', (req, res) => {
    requireOrganizer(req, req.params.id);
    const text = followUpsCsv(service.get(req.params.id));
    sendFile(res, 'text/csv; charset=utf-8', `follow-ups-${req.params.id}.csv`, text);
  });

  r.delete('/events/:id/feedback', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    accepted(await service.dispatch(a.eventId, { type: 'feedback.erase' }, a));
    res.status(204).end();
  });

  return r;
}
