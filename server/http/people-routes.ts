import { Router } from 'express';
import { parseParticipantsCsv } from '../../shared/csv';
import { addPeopleSchema, personPatchSchema, type AddPeople, type Mentee, type Mentor } from '../../shared/schemas/people';
import type { Issue } from '../../shared/schemas/errors';
import { PeopleError } from '../events/commands/people';
import { withSecret } from '../events/views/organizer-view';
import { badRequest } from '../errors';
import { requireOrganizer, type HttpDeps } from './context';
import { parseBody } from './validate';

type Lines = { mentors: number[]; mentees: number[] };

/** Turn the parsed CSV into the JSON body's shape, remembering each person's line. */
function fromCsv(text: string): { input: AddPeople; lines: Lines } {
  const parsed = parseParticipantsCsv(text);
  if (!parsed.ok) throw badRequest(`the CSV has ${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}; nothing was added`, parsed.issues);
  const raw = {
    mentors: parsed.mentors.map((m) => ({ name: m.name, table: m.table || undefined, bio: m.bio || undefined, topics: m.topics, email: m.email || undefined })),
    mentees: parsed.mentees.map((m) => ({ name: m.name, questions: m.questions, wishes: m.wishes, avoid: m.avoid, email: m.email || undefined })),
  };
  const lines = { mentors: parsed.mentors.map((m) => m.line), mentees: parsed.mentees.map((m) => m.line) };
  const r = addPeopleSchema.safeParse(raw);
  if (!r.success) {
    const issues = r.error.issues.map((i): Issue => {
      const [kind, index, ...field] = i.path.map(String);
      const line = lines[kind as keyof Lines]?.[Number(index)];
      return { path: line === undefined ? i.path.join('.') || '(root)' : `line ${line}`, message: `${field.join('.') || 'row'}: ${i.message}` };
    });
    throw badRequest('the CSV has problems; nothing was added', issues);
  }
  return { input: r.data, lines };
}

/** Add people (JSON or CSV), change and remove one. */
export function peopleRoutes(deps: HttpDeps): Router {
  const { service, publicUrl } = deps;
  const r = Router();

  const added = (out: { mentors: Mentor[]; mentees: Mentee[] }, key: string) => ({
    mentors: out.mentors.map((p) => withSecret(p, key, publicUrl())),
    mentees: out.mentees.map((p) => withSecret(p, key, publicUrl())),
  });

  r.post('/events/:id/people', async (req, res) => {
    const { secret } = requireOrganizer(req, req.params.id);
    const input = parseBody(addPeopleSchema, req.body);
    res.status(201).json(added(await service.addPeople(req.params.id, input, secret), secret));
  });

  r.post('/events/:id/people.csv', async (req, res) => {
    const { secret } = requireOrganizer(req, req.params.id);
    if (typeof req.body !== 'string') throw badRequest('send the participants CSV as the body with Content-Type: text/csv');
    const { input, lines } = fromCsv(req.body);
    try {
      res.status(201).json(added(await service.addPeople(req.params.id, input, secret), secret));
    } catch (err) {
      if (!(err instanceof PeopleError)) throw err;
      throw badRequest(err.message, err.issues.map((i) => ({ path: `line ${lines[i.kind][i.index]}`, message: `${i.field.split('.')[0]}: ${i.message}` })));
    }
  });

  r.patch('/events/:id/people/:personId', async (req, res) => {
    const { secret } = requireOrganizer(req, req.params.id);
    const patch = parseBody(personPatchSchema, req.body);
    const person = await service.patchPerson(req.params.id, req.params.personId, patch);
    res.json(withSecret(person, secret, publicUrl()));
  });

  r.delete('/events/:id/people/:personId', async (req, res) => {
    requireOrganizer(req, req.params.id);
    await service.deletePerson(req.params.id, req.params.personId);
    res.status(204).end();
  });

  return r;
}
