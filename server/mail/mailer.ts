import QRCode from 'qrcode';
import { MAIL_NOT_SET_UP, type MailLog, type MailSendAnswer, type MailSendBody } from '../../shared/mail/mail-schemas';
import { roleLabeller } from '../../shared/csv/role-label';
import { mergeCsv } from '../../shared/mail/merge-csv';
import { personMailOf, QR_CID, type MailSource } from '../../shared/mail/person-mail';
import { addressOf, chooseRecipients } from '../../shared/mail/recipients';
import { effectiveRounds, type EventState } from '../../shared/event/state';
import type { Timers } from '../clock-runner';
import { notFound, RequestError } from '../errors';
import type { EventService } from '../events/service';
import { organizerAccess } from '../events/organizer-access';
import type { Logger } from '../log';
import { createMailQueue } from './mail-queue';
import type { MailStore, QueuedMail } from './mail-store';
import type { MailTransport, OutgoingMail } from './transport';

/** How this server sends mail (AppDeps.mail); none: e-mail is not set up. */
export interface MailSetup {
  transport: MailTransport;
  /** TABLEHOP_MAIL_FROM: `Name <address>` or an address. */
  from: string;
  /** TABLEHOP_MAIL_PER_MINUTE (default 30). */
  perMinute?: number;
  /** The waits before each retry (default 30 s, 2 min, 10 min; tests make them short). */
  retryDelaysMs?: readonly number[];
  timers?: Timers;
}

/** The default rate cap: mails begun per minute. */
export const DEFAULT_MAILS_PER_MINUTE = 30;

/** The time zone of mails whose request named none: the server's own. */
const serverTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** What a personal mail is made from, out of the event's state. */
export function mailSourceOf(s: EventState): MailSource {
  return {
    eventId: s.id,
    eventName: s.settings.name,
    schedule: s.schedule,
    mentors: s.mentors,
    mentees: s.mentees,
    timing: { ...s.settings, rounds: effectiveRounds(s) },
    clock: s.clock,
    labels: s.settings.labels ?? null,
    locale: s.settings.locale ?? null,
  };
}

const conflict = (message: string) => new RequestError('conflict', message);

/**
 * Personal links by e-mail: send requests (queued in the mail store, answered once stored),
 * the send log, the mail-merge file, and the queue runner that sends. Without a setup every
 * send request is refused with MAIL_NOT_SET_UP, and the log and merge file still work.
 */
export function createMailer(deps: {
  setup: MailSetup | null | undefined;
  store: MailStore;
  service: EventService;
  now: () => number;
  log: Logger;
}) {
  const { setup, store, service, now, log } = deps;
  const perMinute = setup ? (setup.perMinute ?? DEFAULT_MAILS_PER_MINUTE) : null;

  /** The mail of a queued row, made when it is sent: the schedule and address as they are then. */
  async function compose(m: QueuedMail): Promise<OutgoingMail | { fail: string }> {
    // After a restart the queue may hold mail of an event no request has loaded yet.
    const state = await service.load(m.eventId);
    const person = state && [...state.mentors, ...state.mentees].find((p) => p.id === m.personId);
    if (!state || !person || !m.link) return { fail: 'this person is no longer in the event' };
    const address = addressOf(person);
    if (!address.ok) return { fail: `${address.reason}: the address was removed or changed since` };
    const mail = personMailOf(mailSourceOf(state), m.personId, m.link, now(), m.timeZone);
    if (!mail) return { fail: 'this person is no longer in the event' };
    const qr = await QRCode.toBuffer(m.link, { type: 'png', margin: 2, width: 240, errorCorrectionLevel: 'M' });
    return {
      from: setup!.from,
      to: { name: person.name, address: address.address },
      ...mail,
      attachments: [{ cid: QR_CID, filename: 'personal-link-qr.png', content: qr, contentType: 'image/png' }],
    };
  }

  const queue = setup
    ? createMailQueue({
        store,
        transport: setup.transport,
        compose,
        now,
        timers: setup.timers,
        retryDelaysMs: setup.retryDelaysMs,
        perMinute: perMinute!,
        log,
      })
    : null;

  return {
    enabled: setup !== null && setup !== undefined,

    /**
     * A send request of the organizer (`secret`: their key, from which the links are made on
     * `linkBase`): refused with 409 without a setup; else queued and stored in one transaction
     * before it is answered. The same idempotency key again answers the same and queues nothing.
     */
    async request(eventId: string, body: MailSendBody, secret: string, linkBase: string): Promise<MailSendAnswer> {
      const state = service.get(eventId);
      if (!queue) throw conflict(MAIL_NOT_SET_UP);
      // The request's zone (the console sends the event's, else its own), else the event's, else the server's.
      const timeZone = body.timeZone ?? state.settings.timeZone ?? serverTimeZone();
      const request = JSON.stringify({ to: body.to, timeZone });
      const access = organizerAccess(eventId, secret, linkBase, state);
      const at = now();
      const people = [...state.mentors, ...state.mentees];
      const to = body.to;
      if (typeof to === 'object' && !people.some((p) => p.id === to.personId))
        throw notFound('no such person in this event');
      const { replayed, answer } = await store.enqueue(eventId, body.idempotencyKey, request, at, timeZone, (sent) => {
        const choice = chooseRecipients(people, sent, to, at);
        const rows = choice.queue.map((q) => ({ ...q, link: access.person(q.personId).link }));
        return { rows, answer: { queued: rows.length, skipped: choice.skipped } };
      });
      if (replayed && replayed.request !== request)
        throw conflict('this idempotency key was already used for another send request: make a new key per click');
      if (!replayed && answer.queued > 0) queue.wake();
      return answer;
    },

    /** The send log: whether mail is set up, and each person's latest mail. */
    async log(eventId: string): Promise<MailLog> {
      service.get(eventId);
      return {
        enabled: queue !== null,
        message: queue ? null : MAIL_NOT_SET_UP,
        perMinute,
        people: await store.entries(eventId),
      };
    },

    /** The mail-merge CSV: everyone, with their link and the text a mail would carry. */
    mergeCsv(eventId: string, secret: string, linkBase: string, timeZone: string | undefined): string {
      const state = service.get(eventId);
      const access = organizerAccess(eventId, secret, linkBase, state);
      const source = mailSourceOf(state);
      const at = now();
      const zone = timeZone ?? state.settings.timeZone ?? serverTimeZone();
      const row = (p: { id: string; name: string; email?: string | undefined }, role: 'mentor' | 'mentee') => {
        const link = access.person(p.id).link;
        const mail = personMailOf(source, p.id, link, at, zone)!;
        return { name: p.name, email: p.email ?? '', role, link, subject: mail.subject, message: mail.text };
      };
      const people = [...state.mentors.map((p) => row(p, 'mentor')), ...state.mentees.map((p) => row(p, 'mentee'))];
      return mergeCsv(people, roleLabeller(state.settings));
    },

    /**
     * Queue one person's link (a self sign-up's, made from the sign-up code): false, queuing
     * nothing, without a setup or a usable address. Stored before it is answered, like a request.
     */
    async sendLink(eventId: string, personId: string, link: string): Promise<boolean> {
      const state = service.peek(eventId);
      const person = state && [...state.mentors, ...state.mentees].find((p) => p.id === personId);
      if (!queue || !person) return false;
      const address = addressOf(person);
      if (!address.ok) return false;
      const at = now();
      const timeZone = serverTimeZone();
      const request = JSON.stringify({ to: { personId }, timeZone });
      await store.enqueue(eventId, `signup:${personId}:${at}`, request, at, timeZone, () => ({
        rows: [{ personId, address: address.address, link }],
        answer: { queued: 1, skipped: [] },
      }));
      queue.wake();
      return true;
    },

    /** Send what the queue holds (at start: what a restart left queued). */
    start: () => queue?.wake(),

    async close(): Promise<void> {
      await queue?.close();
      setup?.transport.close();
    },
  };
}

export type Mailer = ReturnType<typeof createMailer>;
