import { z } from 'zod';
import type { Ack } from '../schemas/errors';
import type { ClockSnapshot } from '../schemas/clock';
import { clockRequestSchema } from '../schemas/clock-request';
import { feedbackGivePayloadSchema, sharingBodySchema, type Sharing } from '../schemas/feedback';
import { questionsBodySchema, type Attendance } from '../schemas/people';
import type { FeedbackGiven, MeetingsAnswer } from './after-talk';
import type { Snapshot } from './views';

/**
 * Bumped when the socket protocol changes incompatibly. Clients send it in the handshake
 * (`auth: { token, protocol }`); the server refuses another version with `outdated_client`,
 * and the page asks to be reloaded.
 */
export const PROTOCOL_VERSION = 2;

/** The roles a key can have; a `signup` code opens only the sign-up (never a socket). */
export type Role = 'organizer' | 'mentor' | 'mentee' | 'projector' | 'signup';

/** Inbound payload schemas, one per client-sent event; the server parses every payload with these. */
export const clientPayloadSchemas = {
  /** NTP-style time sample: the client's send time; the ack carries the server's time. */
  time: z.object({ clientSentAt: z.number() }).strict(),
  /** Ask for a fresh snapshot (e.g. after waking up). */
  'snapshot:get': z.object({}).strict(),
  /** Organizer: a clock command, an undo or a reset, same body as POST /api/events/:id/clock. */
  'clock:command': clockRequestSchema,
  /** Mentee: replace my prepared questions. */
  'questions:update': questionsBodySchema.strict(),
  /** Mentor or mentee marked absent or gone: "I am here after all" (also the body of POST /api/me/here). */
  'attendance:here': z.object({}).strict(),
  /** Mentor or mentee: my rating, private yes and note on someone I sat with (twin of PUT /api/me/feedback/…). */
  'feedback:give': feedbackGivePayloadSchema,
  /** Mentor or mentee: what my mutual follow-ups see of me (twin of PUT /api/me/sharing). */
  'sharing:set': sharingBodySchema,
} as const;

export type TimeReply = { clientSentAt: number; serverNow: number };

/** Events the client sends; each ends with an ack carrying a discriminated result. */
export interface ClientToServerEvents {
  time: (payload: z.input<typeof clientPayloadSchemas.time>, ack: (r: Ack<TimeReply>) => void) => void;
  'snapshot:get': (
    payload: z.input<(typeof clientPayloadSchemas)['snapshot:get']>,
    ack: (r: Ack<Snapshot>) => void,
  ) => void;
  'clock:command': (
    payload: z.input<(typeof clientPayloadSchemas)['clock:command']>,
    ack: (r: Ack<ClockSnapshot>) => void,
  ) => void;
  'questions:update': (
    payload: z.input<(typeof clientPayloadSchemas)['questions:update']>,
    ack: (r: Ack<{ questions: string[] }>) => void,
  ) => void;
  'attendance:here': (
    payload: z.input<(typeof clientPayloadSchemas)['attendance:here']>,
    ack: (r: Ack<{ attendance: Attendance }>) => void,
  ) => void;
  'feedback:give': (
    payload: z.input<(typeof clientPayloadSchemas)['feedback:give']>,
    ack: (r: Ack<FeedbackGiven>) => void,
  ) => void;
  'sharing:set': (
    payload: z.input<(typeof clientPayloadSchemas)['sharing:set']>,
    ack: (r: Ack<{ sharing: Sharing }>) => void,
  ) => void;
}

/** Events the server sends (past tense). */
export interface ServerToClientEvents {
  /** The full view for this socket's role: on connect and whenever that view changes. */
  'snapshot:updated': (snapshot: Snapshot) => void;
  /** A phase change or clock command: one small broadcast to the event's room. */
  'clock:changed': (clock: ClockSnapshot) => void;
  /** A person's meetings changed (their own feedback, or a follow-up became mutual or its contact changed). */
  'meetings:updated': (meetings: MeetingsAnswer) => void;
  /** The event was deleted; the page should say so. */
  'event:deleted': (info: { eventId: string }) => void;
  /**
   * Sent just before the server closes this socket itself: `too_many_connections` when the
   * same link opened more sockets than allowed and this was the oldest. The socket is then
   * disconnected (reason `io server disconnect`), so socket.io does not reconnect by itself.
   */
  'connection:closed': (info: { reason: 'too_many_connections'; message: string }) => void;
}

/** Per-socket data the server keeps after the handshake. */
export interface SocketData {
  eventId: string;
  role: Role;
  personId: string | null;
}
