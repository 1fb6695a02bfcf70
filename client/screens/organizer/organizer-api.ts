import { z } from 'zod';
import {
  noContentSchema,
  organizerPersonSchema,
  peopleAddedSchema,
  type PeopleAdded,
} from '../../../shared/protocol/answers';
import { qualityReportSchema } from '../../../shared/planner/report-schema';
import { clockSnapshotSchema, type ClockSnapshot } from '../../../shared/schemas/clock';
import type { ClockRequestInput } from '../../../shared/schemas/clock-request';
import {
  historyAddedSchema,
  historyClearedSchema,
  type HistoryAdded,
  type HistoryCleared,
} from '../../../shared/schemas/history';
import type { MenteeInput, MentorInput, PeerInput, PersonPatch } from '../../../shared/schemas/people';
import { editCostSchema, type ScheduleEditsBody } from '../../../shared/schemas/plan-edits';
import { scheduleSchema, type Schedule } from '../../../shared/schemas/schedule';
import type { EventSettingsPatch } from '../../../shared/schemas/settings';
import {
  organizerViewSchema,
  type OrganizerMentee,
  type OrganizerMentor,
  type OrganizerView,
} from '../../../shared/protocol/views';
import { api } from '../../live/api';

/** The answer to hand edits of the plan (POST …/schedule/edits): what they give and cost. */
export const planEditAnswerSchema = z.object({
  schedule: scheduleSchema,
  quality: qualityReportSchema,
  /** The schedule version after the edits (unchanged by a dry run). */
  version: z.number().int(),
  costs: z.array(editCostSchema),
});
export type PlanEditAnswer = z.infer<typeof planEditAnswerSchema>;

/**
 * The organizer's calls to the JSON API, each carrying the organizer key; every answer is
 * parsed with the schema the server answers with. An edit's answer is its result only: the
 * console's view changes when the server pushes it. Throws ApiError.
 */
export interface OrganizerApi {
  load(): Promise<OrganizerView>;
  patchSettings(patch: EventSettingsPatch): Promise<OrganizerView>;
  /** `peers` only in a peer event (issue 17); mentors and mentees in any other. */
  addPeople(people: { mentors?: MentorInput[]; mentees?: MenteeInput[]; peers?: PeerInput[] }): Promise<PeopleAdded>;
  importCsv(text: string): Promise<PeopleAdded>;
  patchPerson(personId: string, patch: PersonPatch): Promise<OrganizerMentor | OrganizerMentee>;
  deletePerson(personId: string): Promise<null>;
  plan(seed: number): Promise<Schedule>;
  /** A clock command, an undo or a reset (POST …/clock). */
  clock(command: ClockRequestInput): Promise<ClockSnapshot>;
  /** Hand edits of the plan, checked only with `dryRun` (POST …/schedule/edits). */
  editPlan(body: ScheduleEditsBody): Promise<PlanEditAnswer>;
  /** Pairs met at an earlier event: its backup file's JSON, or `{ events: [{ id, key }] }` (POST …/history). */
  addHistory(body: unknown): Promise<HistoryAdded>;
  /** Forget every pair met before (DELETE …/history). */
  clearHistory(): Promise<HistoryCleared>;
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
    patchPerson: (id, patch) => api(person(id), organizerPersonSchema, { method: 'PATCH', body: patch, secret: key }),
    deletePerson: (id) => api(person(id), noContentSchema, { method: 'DELETE', secret: key }),
    plan: (seed) => api(`${base}/schedule`, scheduleSchema, { method: 'POST', body: { seed }, secret: key }),
    clock: (command) => api(`${base}/clock`, clockSnapshotSchema, { method: 'POST', body: command, secret: key }),
    editPlan: (body) => api(`${base}/schedule/edits`, planEditAnswerSchema, { method: 'POST', body, secret: key }),
    addHistory: (body) => api(`${base}/history`, historyAddedSchema, { method: 'POST', body, secret: key }),
    clearHistory: () => api(`${base}/history`, historyClearedSchema, { method: 'DELETE', secret: key }),
  };
}

/** A fresh random seed for "plan again". */
export function randomSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]! % 1_000_000_000;
}
