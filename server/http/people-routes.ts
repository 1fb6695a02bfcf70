import { Router, type Request, type Response } from 'express';
import type { PeopleAdded } from '../../shared/protocol/answers';
import { personPatchSchema, type AddPeople, type Mentee, type Mentor } from '../../shared/schemas/people';
import { structureProblem } from '../../shared/limits/structure';
import { organizerAccess, withSecret } from '../events/organizer-access';
import { PEOPLE_CAPS } from '../workers/heavy-tasks';
import type { Auth } from '../auth';
import { breathe, LARGE_EVENT_PEOPLE } from '../breathe';
import { accepted, badRequest, refused } from '../errors';
import { requireOrganizer, originOf, type HttpDeps } from './context';
import { jsonListsInSteps } from './json-in-steps';
import { parseBody } from './validate';

type Lines = { mentors: number[]; mentees: number[]; peers?: number[] };

/** The CSV line of a JSON path such as `mentees.3.wishes.0`, and the rest of the path. */
function lineOf(path: string, lines: Lines): { line: number | undefined; field: string[] } {
  const [kind, index, ...field] = path.split('.');
  return { line: lines[kind as keyof Lines]?.[Number(index)], field };
}

/** Add people (JSON or CSV), change and remove one. */
export function peopleRoutes(deps: HttpDeps): Router {
  const { service, publicUrl, offload } = deps;

  /** The people list of a JSON body: a large one (a 1 MiB list of bad rows takes seconds) in a worker thread. */
  async function peopleOf(req: Request): Promise<AddPeople> {
    const bytes = Number(req.headers['content-length'] ?? 0);
    // Here first (iterative, a few ms for 1 MiB): sending a body nested 60,000 deep to a thread
    // would overflow the stack of the structured clone on the way.
    const big = structureProblem(req.body, PEOPLE_CAPS);
    if (big)
      throw badRequest(`This list of people is too large: ${big.path}: ${big.message}; nothing was added`, [big]);
    const read = await offload.run({ kind: 'read-people-json', body: req.body, bytes });
    if (!read.ok) throw badRequest(read.message, read.issues);
    return read.people;
  }
  const r = Router();

  const added = (out: { mentors: Mentor[]; mentees: Mentee[] }, a: Auth, req: Request): PeopleAdded => {
    const access = organizerAccess(a.eventId, a.secret, publicUrl(originOf(req)));
    return {
      mentors: out.mentors.map((p) => withSecret(p, access)),
      mentees: out.mentees.map((p) => withSecret(p, access)),
    };
  };

  /**
   * Answer 201 with the added people and their links. For thousands, the answer (a token
   * derived per person, 7 MiB of JSON for 7,000) is made a batch per turn of the event loop.
   */
  async function sendAdded(res: Response, out: { mentors: Mentor[]; mentees: Mentee[] }, a: Auth) {
    if (out.mentors.length + out.mentees.length < LARGE_EVENT_PEOPLE)
      return void res.status(201).json(added(out, a, res.req));
    const access = organizerAccess(a.eventId, a.secret, publicUrl(originOf(res.req)));
    const lists: Record<string, readonly (Mentor | Mentee)[]> = { mentors: out.mentors, mentees: out.mentees };
    const text = await jsonListsInSteps(lists, (p) => withSecret(p, access), breathe);
    res.status(201).type('application/json; charset=utf-8').send(text);
  }

  r.post('/events/:id/people', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const people = await peopleOf(req);
    await sendAdded(res, accepted(await service.dispatch(a.eventId, { type: 'people.add', people }, a)), a);
  });

  r.post('/events/:id/people.csv', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    if (typeof req.body !== 'string')
      throw badRequest('send the participants CSV as the body with Content-Type: text/csv');
    const read = await offload.run({ kind: 'read-people-csv', text: req.body });
    if (!read.ok) throw badRequest(read.message, read.issues);
    const { people: input, lines } = read;
    const out = await service.dispatch(a.eventId, { type: 'people.add', people: input }, a);
    if (out.ok) return void (await sendAdded(res, out.result, a));
    // The rules locate each problem by JSON path (mentees.3.wishes.0): say it by CSV line.
    const issues = out.error.code === 'invalid' ? out.error.issues : undefined;
    if (!issues) throw refused(out.error);
    throw badRequest(
      out.error.message,
      issues.map((i) => {
        const { line, field } = lineOf(i.path, lines);
        // The rule's code stays; `field` names the column the message starts with.
        const coded = i.code ? { code: i.code, params: { ...i.params, field: String(field[0]) } } : {};
        return { path: `line ${line}`, message: `${field[0]}: ${i.message}`, ...coded };
      }),
    );
  });

  r.patch('/events/:id/people/:personId', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const patch = parseBody(personPatchSchema, req.body);
    const person = accepted(
      await service.dispatch(a.eventId, { type: 'person.patch', personId: req.params.personId, patch }, a),
    );
    res.json(
      withSecret(person, organizerAccess(a.eventId, a.secret, publicUrl(originOf(req)), service.peek(a.eventId))),
    );
  });

  r.delete('/events/:id/people/:personId', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    accepted(await service.dispatch(a.eventId, { type: 'person.delete', personId: req.params.personId }, a));
    res.status(204).end();
  });

  return r;
}
