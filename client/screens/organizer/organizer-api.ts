import { z } from 'zod';
import { clockSnapshotSchema, type ClockCommandInput, type ClockSnapshot } from '../../../shared/schemas/clock';
import type { MenteeInput, MentorInput, PersonPatch } from '../../../shared/schemas/people';
import type { EventSettingsPatch } from '../../../shared/schemas/settings';
import { organizerViewSchema, type OrganizerView } from '../../../shared/protocol/views';
import { api } from '../../live/api';

const peopleAddedSchema = z.looseObject({ mentors: z.array(z.looseObject({ id: z.string() })), mentees: z.array(z.looseObject({ id: z.string() })) });
const anything = z.unknown();

/** The organizer's calls to the JSON API, each carrying the organizer key. Throws ApiError. */
export interface OrganizerApi {
  load(): Promise<OrganizerView>;
  patchSettings(patch: EventSettingsPatch): Promise<OrganizerView>;
  addPeople(people: { mentors?: MentorInput[]; mentees?: MenteeInput[] }): Promise<unknown>;
  importCsv(text: string): Promise<unknown>;
  patchPerson(personId: string, patch: PersonPatch): Promise<unknown>;
  deletePerson(personId: string): Promise<unknown>;
  plan(seed: number): Promise<unknown>;
  clock(command: ClockCommandInput): Promise<ClockSnapshot>;
}

/** The API of one event as its organizer. */
export function organizerApi(eventId: string, key: string): OrganizerApi {
  const base = `/api/events/${encodeURIComponent(eventId)}`;
  const person = (id: string) => `${base}/people/${encodeURIComponent(id)}`;
  return {
    load: () => api(base, organizerViewSchema, { secret: key }),
    patchSettings: (patch) => api(base, organizerViewSchema, { method: 'PATCH', body: patch, secret: key }),
    addPeople: (people) => api(`${base}/people`, peopleAddedSchema, { method: 'POST', body: people, secret: key }),
    importCsv: (text) => api(`${base}/people.csv`, peopleAddedSchema, { method: 'POST', csv: text, secret: key }),
    patchPerson: (id, patch) => api(person(id), anything, { method: 'PATCH', body: patch, secret: key }),
    deletePerson: (id) => api(person(id), anything, { method: 'DELETE', secret: key }),
    plan: (seed) => api(`${base}/schedule`, anything, { method: 'POST', body: { seed }, secret: key }),
    clock: (command) => api(`${base}/clock`, clockSnapshotSchema, { method: 'POST', body: command, secret: key }),
  };
}

/** A fresh random seed for "plan again". */
export function randomSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]! % 1_000_000_000;
}
