import { profileLinkOf } from '../../shared/mail/person-mail';
import { Router, type Request } from 'express';
import QRCode from 'qrcode';
import {
  decisionBodySchema,
  registrationBodySchema,
  type RegistrationSettings,
} from '../../shared/schemas/registration';
import { signupOpenness } from '../../shared/event/rules/registration';
import { registrationsView } from '../../shared/event/views/signup-view';
import type { EventState } from '../../shared/event/state';
import { organizerAccess, signupLink, withSecret } from '../events/organizer-access';
import { signupCodeOf } from '../secrets';
import type { Auth } from '../auth';
import { accepted, notFound } from '../errors';
import { originOf, requireOrganizer, type HttpDeps } from './context';
import { parseBody } from './validate';

/**
 * Self sign-up, the organizer's side (docs/api.md, "Self sign-up"): open, close and change it,
 * replace the code, list and decide sign-ups, invite a mentor to complete their profile.
 */
export function registrationRoutes(deps: HttpDeps): Router {
  const { service, publicUrl } = deps;
  const r = Router();

  /** The settings as answered: with the sign-up link (derived from the key) and its QR code. */
  async function shown(settings: RegistrationSettings | null, a: Auth, req: Request, state: EventState) {
    if (!settings) return null;
    const link = signupLink(publicUrl(originOf(req)), a.eventId, a.secret, settings.codeVersion);
    const qrSvg = await QRCode.toString(link, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return { ...settings, link, qrSvg, status: signupOpenness(state, service.now()) };
  }

  r.post('/events/:id/registration', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const body = parseBody(registrationBodySchema, req.body);
    const out = await service.dispatch(a.eventId, { type: 'registration.set', body }, a);
    const result = accepted(out);
    const registration = await shown(result.registration, a, req, out.ok ? out.state! : service.get(a.eventId));
    const code = result.newCode ? { code: signupCodeOf(a.secret, result.registration.codeVersion) } : {};
    res.json({ registration, ...code });
  });

  r.post('/events/:id/registration/code', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const out = await service.dispatch(a.eventId, { type: 'registration.revoke-code' }, a);
    const { registration } = accepted(out);
    res.json({
      registration: await shown(registration, a, req, out.ok ? out.state! : service.get(a.eventId)),
      code: signupCodeOf(a.secret, registration.codeVersion),
    });
  });

  r.get('/events/:id/registrations', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const state = service.get(a.eventId);
    res.json({
      registration: await shown(state.registration, a, req, state),
      ...registrationsView(state, service.now()),
    });
  });

  r.post('/events/:id/registrations/:regId', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const body = parseBody(decisionBodySchema, req.body);
    const command = { type: 'registration.decide' as const, registrationId: req.params.regId, body };
    const out = await service.dispatch(a.eventId, command, a);
    const result = accepted(out);
    const access = organizerAccess(a.eventId, a.secret, publicUrl(originOf(req)), out.ok ? out.state : null);
    res.json({
      registration: result.registration,
      ...(result.person ? { person: withSecret(result.person, access) } : {}),
    });
  });

  // A mentor's invitation: their own page's profile form, opened by their personal token.
  r.post('/events/:id/people/:personId/invite', (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const state = service.get(a.eventId);
    const mentor = state.mentors.find((m) => m.id === req.params.personId);
    if (!mentor) throw notFound('no such mentor in this event (only mentors are invited to complete a profile)');
    const base = publicUrl(originOf(req));
    const { link } = organizerAccess(a.eventId, a.secret, base, state).person(mentor.id);
    res.json({ personId: mentor.id, link: profileLinkOf(link, a.eventId), personLink: link });
  });

  return r;
}
