import { Router } from 'express';
import { notFound } from '../errors';
import { requireOrganizer, type HttpDeps } from './context';

/**
 * CSV exports beside the wall sheet (`schedule.csv`, in schedule-routes): the participants
 * (the import format, so an export feeds straight back into POST people.csv or another
 * event) and the schedule as one row per person per round. Every cell is formula-neutralised.
 */
export function exportRoutes(deps: HttpDeps): Router {
  const { service, offload } = deps;
  const r = Router();
  const sendCsv = (res: import('express').Response, name: string, csv: string) =>
    res.type('text/csv; charset=utf-8').attachment(name).send(csv);

  // A large event's files are written in a worker thread (offload decides by size).
  r.get('/events/:id/people.csv', async (req, res) => {
    requireOrganizer(req, req.params.id);
    const { text } = await offload.run({ kind: 'export', state: service.get(req.params.id), file: 'people.csv' });
    sendCsv(res, `people-${req.params.id}.csv`, text);
  });

  r.get('/events/:id/schedule.people.csv', async (req, res) => {
    requireOrganizer(req, req.params.id);
    const state = service.get(req.params.id);
    if (!state.schedule) throw notFound('no schedule yet: POST /api/events/:id/schedule plans one');
    const { text } = await offload.run({ kind: 'export', state, file: 'schedule.people.csv' });
    sendCsv(res, `schedule-people-${req.params.id}.csv`, text);
  });

  return r;
}
