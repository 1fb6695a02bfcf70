import { Router } from 'express';
import { localeBodySchema, questionsBodySchema } from '../../shared/schemas/people';
import { meView } from '../../shared/event/views/me-view';
import { projectorView } from '../../shared/event/views/projector-view';
import { accepted, notFound } from '../errors';
import { requirePerson, requireProjector, type HttpDeps } from './context';
import { parseBody } from './validate';

/** What personal links and the projector key may call. */
export function meRoutes(deps: HttpDeps): Router {
  const { service } = deps;
  const r = Router();

  r.get('/me', (req, res) => {
    const a = requirePerson(req);
    const view = meView(service.get(a.eventId), a.personId, service.now());
    if (!view) throw notFound('this person was removed from the event', { code: 'personRemoved' });
    res.json(view);
  });

  r.put('/me/questions', async (req, res) => {
    const a = requirePerson(req, 'mentee');
    const { questions } = parseBody(questionsBodySchema, req.body);
    res.json(
      accepted(await service.dispatch(a.eventId, { type: 'questions.update', personId: a.personId, questions }, a)),
    );
  });

  // The language a person picked on their phone (issue 19): answered once stored, so the next
  // mail to them is written in it. The same language again is a no-op with the same answer.
  r.put('/me/locale', async (req, res) => {
    const a = requirePerson(req);
    const { locale } = parseBody(localeBodySchema, req.body);
    res.json(accepted(await service.dispatch(a.eventId, { type: 'person.locale', personId: a.personId, locale }, a)));
  });

  r.get('/projector', (req, res) => {
    const a = requireProjector(req);
    res.json(projectorView(service.get(a.eventId), service.now()));
  });

  return r;
}
