import { Router } from 'express';
import { profileBodySchema, signupBodySchema } from '../../shared/schemas/registration';
import { signupView } from '../../shared/event/views/signup-view';
import { personLink } from '../events/organizer-access';
import { RateLimitError } from '../auth';
import { signupPersonTokenOf } from '../secrets';
import { accepted, badRequest } from '../errors';
import { originOf, requirePerson, requireSignup, type HttpDeps } from './context';
import { ipOf } from './middleware';
import { parseBody } from './validate';

/** The answer a filled honeypot gets: like a sign-up waiting for approval, with nothing stored. */
const HONEYPOT_ANSWER = {
  status: 'pending',
  message: "Thank you: your sign-up is waiting for the organizer's approval.",
} as const;

/**
 * Self sign-up, the public side (docs/api.md, "Self sign-up"): what the sign-up code opens
 * (the event's public sign-up info, and a sign-up), and a mentor's own profile.
 */
export function joinRoutes(deps: HttpDeps): Router {
  const { service, publicUrl, mailer, limiters } = deps;
  const r = Router();

  r.get('/join/:eventId', (req, res) => {
    const a = requireSignup(req, req.params.eventId);
    res.json(signupView(service.get(a.eventId), service.now()));
  });

  r.post('/join/:eventId', async (req, res) => {
    const a = requireSignup(req, req.params.eventId);
    // Counted before the body is read: a flood is refused whatever it sends.
    for (const [limiter, key, message] of [
      [limiters.signupPerIp, ipOf(req), 'too many sign-ups from this address; wait a minute'],
      [limiters.signupPerCode, a.keyId, 'too many sign-ups right now; wait a minute and try again'],
    ] as const) {
      const hit = limiter.hit(key);
      if (!hit.ok) throw new RateLimitError(message, hit.retryAfterMs);
    }
    const body = parseBody(signupBodySchema, req.body);
    if (body.website !== undefined && body.website !== '') return void res.status(201).json(HONEYPOT_ANSWER);
    const out = accepted(
      await service.dispatch(a.eventId, { type: 'signup.submit', codeVersion: a.codeVersion, body }, a),
    );
    const person = out.person;
    const link =
      person && out.tokenFromThisCode
        ? personLink(publicUrl(originOf(req)), signupPersonTokenOf(a.secret, person.id))
        : undefined;
    // The link is shown only to the one who just made the sign-up; an update (anyone who knows
    // the e-mail) is only mailed to the address on file.
    const mailed = link && person?.email ? await mailer.sendLink(a.eventId, person.id, link) : false;
    res.status(out.updated ? 200 : 201).json({
      status: out.status,
      registrationId: out.registrationId,
      ...(out.added && person ? { personId: person.id, link } : {}),
      updated: out.updated,
      mailed,
      message: mailed ? `${out.message} We also e-mailed your personal link to you.` : out.message,
    });
  });

  r.patch('/me/profile', async (req, res) => {
    const a = requirePerson(req, 'mentor');
    const body = parseBody(profileBodySchema, req.body);
    if (Object.keys(body).length === 0) throw badRequest('send at least one of bio, topics, meetingUrl');
    const m = accepted(await service.dispatch(a.eventId, { type: 'profile.update', personId: a.personId, body }, a));
    res.json({
      name: m.name,
      table: m.table,
      topics: m.topics,
      ...(m.bio ? { bio: m.bio } : {}),
      ...(m.meetingUrl ? { meetingUrl: m.meetingUrl } : {}),
    });
  });

  return r;
}
