import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { previewSchema, statusAnswerSchema } from '../../shared/attendance/preview-schema';
import { backupFileSchema } from '../../shared/backup';
import {
  checkInAnswerSchema,
  eventCreatedSchema,
  eventImportedSchema,
  noContentSchema,
  organizerPersonSchema,
  peopleAddedSchema,
  questionsAnswerSchema,
} from '../../shared/protocol/answers';
import { meViewSchema, organizerViewSchema, projectorViewSchema, snapshotSchema } from '../../shared/protocol/views';
import { clockSnapshotSchema } from '../../shared/schemas/clock';
import { errorBodySchema } from '../../shared/schemas/errors';
import { scheduleSchema } from '../../shared/schemas/schedule';
import { call, seedEvent, type Answer } from '../support/http';
import { startServer, type TestServer } from '../support/server';
import { closeAll, connect, waitFor } from '../support/sockets';

// Every answer of the API has one shared zod schema, which the client parses it with. Each
// answer here must parse with its schema AND come out unchanged (parsing strips fields a
// schema does not know), so a field the server adds or drops without the schema fails.

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());
afterEach(() => closeAll());

/** The answer has `status` and is exactly what `schema` describes. */
function expectShape(r: Answer, status: number, schema: z.ZodType, what: string): void {
  expect(r.status, `${what}: ${r.text.slice(0, 300)}`).toBe(status);
  const parsed = schema.safeParse(r.body);
  expect(parsed.success ? 'parsed' : parsed.error.issues.slice(0, 3), what).toBe('parsed');
  if (parsed.success) expect(parsed.data, `${what}: fields beyond the schema`).toEqual(r.body);
}

describe('every HTTP answer matches its shared schema', () => {
  it('creating, reading and changing an event, its people and its schedule', async () => {
    const created = await call(srv.url, 'POST', '/api/events', {
      body: { name: 'Shapes', roundSeconds: 60, changeoverSeconds: 10 },
    });
    expectShape(created, 201, eventCreatedSchema, 'POST /api/events');
    const id = created.body.event.id as string;
    const key = created.body.organizerKey as string;
    const base = `/api/events/${id}`;

    expectShape(await call(srv.url, 'GET', base, { key }), 200, organizerViewSchema, 'GET event');
    expectShape(
      await call(srv.url, 'PATCH', base, { key, body: { name: 'Shapes 2' } }),
      200,
      organizerViewSchema,
      'PATCH event',
    );

    const people = {
      mentors: [{ name: 'Grace', topics: ['compilers'], bio: 'Navy' }],
      mentees: [{ name: 'Sam', questions: ['How?'], wishes: ['Grace'] }],
    };
    const added = await call(srv.url, 'POST', `${base}/people`, { key, body: people });
    expectShape(added, 201, peopleAddedSchema, 'POST people');
    const csv = 'role,name,table,questions\nmentor,Alan,T9,\nmentee,Kim,,Why?|What next?\n';
    expectShape(
      await call(srv.url, 'POST', `${base}/people.csv`, { key, csv }),
      201,
      peopleAddedSchema,
      'POST people.csv',
    );

    const mentor = added.body.mentors[0].id as string;
    const mentee = added.body.mentees[0].id as string;
    expectShape(
      await call(srv.url, 'PATCH', `${base}/people/${mentor}`, { key, body: { bio: 'Admiral' } }),
      200,
      organizerPersonSchema,
      'PATCH mentor',
    );
    expectShape(
      await call(srv.url, 'PATCH', `${base}/people/${mentee}`, { key, body: { name: 'Samira' } }),
      200,
      organizerPersonSchema,
      'PATCH mentee',
    );

    expectShape(
      await call(srv.url, 'POST', `${base}/schedule`, { key, body: { seed: 3 } }),
      200,
      scheduleSchema,
      'POST schedule (plan)',
    );
    expectShape(await call(srv.url, 'GET', `${base}/schedule`, { key }), 200, scheduleSchema, 'GET schedule');
    const preview = await call(srv.url, 'POST', `${base}/schedule/preview`, { key, body: { seed: 4 } });
    expectShape(preview, 200, previewSchema, 'POST schedule/preview');
    const apply = { seed: 4, basedOn: preview.body.basedOn };
    expectShape(
      await call(srv.url, 'POST', `${base}/schedule`, { key, body: apply }),
      200,
      scheduleSchema,
      'POST schedule (apply)',
    );
    const status = await call(srv.url, 'POST', `${base}/people/${mentee}/status`, { key, body: { status: 'present' } });
    expectShape(status, 200, statusAnswerSchema, 'POST status');

    expectShape(await call(srv.url, 'GET', `${base}/clock`, { key }), 200, clockSnapshotSchema, 'GET clock (idle)');
    for (const body of [
      { action: 'start' },
      { action: 'pause' },
      { action: 'extend', seconds: 5 },
      { action: 'resume' },
      { action: 'end' },
    ]) {
      expectShape(
        await call(srv.url, 'POST', `${base}/clock`, { key, body }),
        200,
        clockSnapshotSchema,
        `POST clock ${body.action}`,
      );
    }
    expectShape(await call(srv.url, 'GET', `${base}/clock`, { key }), 200, clockSnapshotSchema, 'GET clock (finished)');

    const backup = await call(srv.url, 'GET', `${base}/backup`, { key });
    expectShape(backup, 200, backupFileSchema, 'GET backup');
    expectShape(
      await call(srv.url, 'POST', '/api/events/import', { body: backup.body }),
      201,
      eventImportedSchema,
      'POST import',
    );

    const gone = await call(srv.url, 'DELETE', `${base}/people/${mentor}`, { key });
    expectShape(gone, 204, noContentSchema, 'DELETE person');
    expectShape(await call(srv.url, 'DELETE', base, { key }), 204, noContentSchema, 'DELETE event');
    expectShape(await call(srv.url, 'GET', base, { key }), 401, errorBodySchema, 'GET a deleted event');
  });

  it('the personal pages, the projector and every socket snapshot', async () => {
    const ev = await seedEvent(
      srv.url,
      { mentors: 2, mentees: 3 },
      { rounds: 2, roundSeconds: 60, changeoverSeconds: 10 },
    );
    const mentee = ev.mentees[0]!.token;
    const mentor = ev.mentors[0]!.token;
    expectShape(await call(srv.url, 'GET', '/api/me', { key: mentee }), 200, meViewSchema, 'GET /api/me (mentee)');
    expectShape(await call(srv.url, 'GET', '/api/me', { key: mentor }), 200, meViewSchema, 'GET /api/me (mentor)');
    expectShape(
      await call(srv.url, 'PUT', '/api/me/questions', { key: mentee, body: { questions: [' Why? '] } }),
      200,
      questionsAnswerSchema,
      'PUT questions',
    );
    expectShape(
      await call(srv.url, 'POST', '/api/me/check-in', { key: mentee, body: {} }),
      200,
      checkInAnswerSchema,
      'POST check-in',
    );
    expectShape(
      await call(srv.url, 'POST', '/api/me/here', { key: mentor, body: {} }),
      200,
      checkInAnswerSchema,
      'POST here',
    );
    expectShape(
      await call(srv.url, 'GET', '/api/projector', { key: ev.projectorKey }),
      200,
      projectorViewSchema,
      'GET /api/projector',
    );

    for (const [who, token] of [
      ['organizer', ev.key],
      ['projector', ev.projectorKey],
      ['mentor', mentor],
      ['mentee', mentee],
    ] as const) {
      const { socket, snapshot } = await connect(srv.url, token);
      const parsed = snapshotSchema.safeParse(snapshot);
      expect(parsed.success, `${who} snapshot`).toBe(true);
      expect(parsed.success && parsed.data, `${who} snapshot: fields beyond the schema`).toEqual(snapshot);
      expect(snapshot.role).toBe(who);
      if (who === 'organizer') {
        const r = await socket.emitWithAck('clock:command', { action: 'start' });
        expect(r.ok && clockSnapshotSchema.parse(r.data)).toEqual(r.ok && r.data);
        const changed = await waitFor(socket, 'clock:changed');
        expect(clockSnapshotSchema.parse(changed)).toEqual(changed);
      }
    }
  });
});
