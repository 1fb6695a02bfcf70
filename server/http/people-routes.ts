import { Router } from 'express';
import { parseParticipantsCsv } from '../../shared/csv';
import type { PeopleAdded } from '../../shared/protocol/answers';
import type { Issue } from '../../shared/schemas/errors';
import {
  addPeopleSchema,
  personPatchSchema,
  type AddPeople,
  type Mentee,
  type Mentor,
} from '../../shared/schemas/people';
import { organizerAccess, withSecret } from '../events/organizer-access';
import type { Auth } from '../auth';
import { accepted, badRequest, refused } from '../errors';
import { requireOrganizer, type HttpDeps } from './context';
import { parseBody } from './validate';

type Lines = { mentors: number[]; mentees: number[] };

/** The CSV line of a JSON path such as `mentees.3.wishes.0`, and the rest of the path. */
function lineOf(path: string, lines: Lines): { line: number | undefined; field: string[] } {
  const [kind, index, ...field] = path.split('.');
  return { line: lines[kind as keyof Lines]?.[Number(index)], field };
}

/** Turn the parsed CSV into the JSON body's shape, remembering each person's line. */
function fromCsv(text: string): { input: AddPeople; lines: Lines } {
  const parsed = parseParticipantsCsv(text);
  if (!parsed.ok) {
    const n = parsed.issues.length;
    throw badRequest(`the CSV has ${n} problem${n === 1 ? '' : 's'}; nothing was added`, parsed.issues);
  }
  const raw = {
    mentors: parsed.mentors.map((m) => ({
      name: m.name,
      table: m.table || undefined,
      bio: m.bio || undefined,
      topics: m.topics,
      email: m.email || undefined,
    })),
    mentees: parsed.mentees.map((m) => ({
      name: m.name,
      questions: m.questions,
      wishes: m.wishes,
      avoid: m.avoid,
      email: m.email || undefined,
    })),
  };
  const lines = { mentors: parsed.mentors.map((m) => m.line), mentees: parsed.mentees.map((m) => m.line) };
  const r = addPeopleSchema.safeParse(raw);
  if (!r.success) {
    const issues = r.error.issues.map((i): Issue => {
      const { line, field } = lineOf(i.path.map(String).join('.'), lines);
      return {
        path: line === undefined ? i.path.join('.') || '(root)' : `line ${line}`,
        message: `${field.join('.') || 'row'}: ${i.message}`,
      };
    });
    throw badRequest('the CSV has problems; nothing was added', issues);
  }
  return { input: r.data, lines };
}

/** Add people (JSON or CSV), change and remove one. */
export function peopleRoutes(deps: HttpDeps): Router {
  const { service, publicUrl } = deps;
  const r = Router();

  const added = (out: { mentors: Mentor[]; mentees: Mentee[] }, a: Auth): PeopleAdded => {
    const access = organizerAccess(a.eventId, a.secret, publicUrl());
    return {
      mentors: out.mentors.map((p) => withSecret(p, access)),
      mentees: out.mentees.map((p) => withSecret(p, access)),
    };
  };

  r.post('/events/:id/people', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const people = parseBody(addPeopleSchema, req.body);
    res.status(201).json(added(accepted(await service.dispatch(a.eventId, { type: 'people.add', people }, a)), a));
  });

  r.post('/events/:id/people.csv', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    if (typeof req.body !== 'string')
      throw badRequest('send the participants CSV as the body with Content-Type: text/csv');
    const { input, lines } = fromCsv(req.body);
    const out = await service.dispatch(a.eventId, { type: 'people.add', people: input }, a);
    if (out.ok) return void res.status(201).json(added(out.result, a));
    // The rules locate each problem by JSON path (mentees.3.wishes.0): say it by CSV line.
    const issues = out.error.code === 'invalid' ? out.error.issues : undefined;
    if (!issues) throw refused(out.error);
    throw badRequest(
      out.error.message,
      issues.map((i) => {
        const { line, field } = lineOf(i.path, lines);
        return { path: `line ${line}`, message: `${field[0]}: ${i.message}` };
      }),
    );
  });

  r.patch('/events/:id/people/:personId', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    const patch = parseBody(personPatchSchema, req.body);
    const person = accepted(
      await service.dispatch(a.eventId, { type: 'person.patch', personId: req.params.personId, patch }, a),
    );
    res.json(withSecret(person, organizerAccess(a.eventId, a.secret, publicUrl())));
  });

  r.delete('/events/:id/people/:personId', async (req, res) => {
    const a = requireOrganizer(req, req.params.id);
    accepted(await service.dispatch(a.eventId, { type: 'person.delete', personId: req.params.personId }, a));
    res.status(204).end();
  });

  return r;
}
