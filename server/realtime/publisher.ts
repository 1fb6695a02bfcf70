import { phasesOf, type EventState } from '../../shared/event/state';
import { clockOf } from '../../shared/event/views/event-info';
import { meetingsView } from '../../shared/event/views/meetings';
import { meView } from '../../shared/event/views/me-view';
import { organizerView } from '../../shared/event/views/organizer-view';
import { projectorView } from '../../shared/event/views/projector-view';
import type { PersonPage } from '../../shared/protocol/views';
import { organizerAccess } from '../events/organizer-access';
import type { Change, EventService } from '../events/service';
import type { Logger } from '../log';
import { personPage } from './snapshot';
import { peopleTouched } from './touched-people';
import type { LinkBase } from '../link-base';
import { originOfSocket, rooms, secretOf, type IoServer, type IoSocket } from './types';

const dataChanged = (a: EventState, b: EventState) =>
  a.settings !== b.settings ||
  a.mentors !== b.mentors ||
  a.mentees !== b.mentees ||
  a.schedule !== b.schedule ||
  a.scheduleVersion !== b.scheduleVersion ||
  // The organizer's view counts the pairs met before (and the plan's other rules).
  a.planRules !== b.planRules;

/** Changes only the organizer's view shows (sign-ups waiting for them): no page is rebuilt. */
const organizerOnlyChanged = (a: EventState, b: EventState) =>
  a.registration !== b.registration || a.registrations !== b.registrations;

/** The round a person's "now" refers to, from the clock as stored (not run forward to any time). */
const storedRound = (s: EventState): number | null => {
  const c = s.clock;
  if (c.status === 'idle') return 1;
  if (c.status === 'finished') return null;
  return phasesOf(s)[c.phaseIndex]?.round ?? null;
};

const timelineKey = (s: EventState) => JSON.stringify(phasesOf(s).map((p) => [p.kind, p.round]));

/**
 * A view without its clock (the clock travels in `clock:changed`) and schedule version (a
 * relabel elsewhere in the schedule changes nothing on this page), for comparing.
 */
const sansClock = (v: object | null) =>
  v === null ? 'null' : JSON.stringify({ ...v, clock: undefined, scheduleVersion: undefined });

const pageOf = (s: EventState, personId: string, now: number): PersonPage | null => {
  const me = meView(s, personId, now);
  return me && personPage(me);
};

/**
 * Tell the clients what a committed change means for them: a clock change is one broadcast
 * to the event's room; a data change sends a fresh snapshot to the organizers, to the
 * projectors if their view changed, and to exactly the people whose own page changed. A new
 * round also changes the mentors' pages (they see the questions of the mentees at their table
 * now and next), so mentors get theirs pushed then instead of asking. Returns a disposer.
 */
export function startPublisher(io: IoServer, service: EventService, publicUrl: LinkBase, log: Logger): () => void {
  const socketsIn = (room: string): IoSocket[] =>
    [...(io.sockets.adapter.rooms.get(room) ?? [])].flatMap((id) => {
      const s = io.sockets.sockets.get(id);
      return s ? [s] : [];
    });

  /** Send each person socket whose page differs between `before` and `next` its new page. */
  function pushPages(
    before: EventState,
    next: EventState,
    now: number,
    wanted: (s: IoSocket) => boolean,
    compare = true,
  ): void {
    const seen = new Map<string, PersonPage | null | 'same'>();
    for (const s of socketsIn(rooms.people(next.id))) {
      if (!wanted(s)) continue;
      const personId = s.data.personId ?? '';
      if (!seen.has(personId)) {
        const after = pageOf(next, personId, now);
        seen.set(
          personId,
          after !== null && compare && sansClock(pageOf(before, personId, now)) === sansClock(after) ? 'same' : after,
        );
      }
      const me = seen.get(personId)!;
      if (me === null)
        s.disconnect(true); // removed from the event: their token no longer opens anything
      else if (me !== 'same')
        s.emit('snapshot:updated', me.role === 'mentor' ? { role: 'mentor', me } : { role: 'mentee', me });
    }
  }

  /**
   * After feedback or a sharing choice changed: the writers, and everyone they wrote about,
   * get their meetings again where those differ. Compared, never assumed, so that a one-sided
   * yes changes nothing anyone else receives (not even a push).
   */
  function pushMeetings(prev: EventState, next: EventState, now: number): void {
    const people = new Set<string>();
    for (const id of new Set([...Object.keys(prev.feedback), ...Object.keys(next.feedback)])) {
      const [a, b] = [prev.feedback[id], next.feedback[id]];
      if (a === b) continue;
      people.add(id);
      for (const e of [...(a?.given ?? []), ...(b?.given ?? [])]) people.add(e.withId);
    }
    const before: EventState = { ...prev, clock: next.clock };
    const seen = new Map<string, ReturnType<typeof meetingsView> | 'same'>();
    for (const s of socketsIn(rooms.people(next.id))) {
      const personId = s.data.personId ?? '';
      if (!people.has(personId)) continue;
      if (!seen.has(personId)) {
        const after = meetingsView(next, personId, now);
        const same = JSON.stringify(meetingsView(before, personId, now)) === JSON.stringify(after);
        seen.set(personId, same ? 'same' : after);
      }
      const view = seen.get(personId);
      if (view && view !== 'same') s.emit('meetings:updated', view);
    }
  }

  function publish({ prev, next, now, origin }: Change): void {
    const eventId = prev.id;
    if (next === null) {
      io.local.to(rooms.event(eventId)).emit('event:deleted', { eventId });
      io.local.in(rooms.event(eventId)).disconnectSockets(true);
      return;
    }
    const clockNow = clockOf(next, now);
    // The round as each state stored it: the previous state's snapshot at `now` would already
    // be run forward to now, so a round reached by the timer (clock.advance) looked unmoved and
    // mentors missed the new round's questions.
    const roundMoved = storedRound(prev) !== storedRound(next);
    if (prev.clock !== next.clock || timelineKey(prev) !== timelineKey(next)) {
      // The one broadcast that is the same for every phone of the event: from the process that
      // committed it, through the adapter to every process's phones (with one process, just here);
      // a process that heard of it from another leaves it to that one's broadcast.
      if (origin === undefined || origin === 'here') io.to(rooms.event(eventId)).emit('clock:changed', clockNow);
      else if (origin === 'reread') io.local.to(rooms.event(eventId)).emit('clock:changed', clockNow);
      // Not compared: both states' pages at `now` show the new round's questions already.
      if (roundMoved) pushPages(prev, next, now, (s) => s.data.role === 'mentor', false);
    }
    if (prev.feedback !== next.feedback) pushMeetings(prev, next, now);
    const pagesMayChange = dataChanged(prev, next);
    if (!pagesMayChange && !organizerOnlyChanged(prev, next)) return;

    // The organizer view carries personal links derived from the organizer key each socket
    // holds, on the address that console was opened at (one view per key and address).
    const byKey = new Map<string, ReturnType<typeof organizerView>>();
    for (const s of socketsIn(rooms.organizers(eventId))) {
      const key = secretOf(s);
      const base = publicUrl(originOfSocket(s));
      const id = `${base} ${key}`;
      if (!byKey.has(id)) byKey.set(id, organizerView(next, now, organizerAccess(eventId, key, base, next)));
      s.emit('snapshot:updated', { role: 'organizer', organizer: byKey.get(id)! });
    }
    if (!pagesMayChange) return;

    // Compare views against the same clock, so only data changes count here. New seatings
    // change the projector for sure: no need to compare megabytes of rounds to know it. No
    // projector open, no view built: for a 7,000-person event that was hundreds of milliseconds
    // of the event loop spent encoding a snapshot for nobody.
    const before: EventState = { ...prev, clock: next.clock };
    if (io.sockets.adapter.rooms.get(rooms.projectors(eventId))?.size) {
      const projector = projectorView(next, now);
      const reseated = prev.schedule?.rounds !== next.schedule?.rounds;
      if (reseated || sansClock(projectorView(before, now)) !== sansClock(projector)) {
        io.local.to(rooms.projectors(eventId)).emit('snapshot:updated', { role: 'projector', projector });
      }
    }

    // Only the pages that can differ are built and compared (null: any page can).
    const touched = peopleTouched(prev, next, now);
    // Mentors were brought up to date above when the round moved too.
    const told = (s: IoSocket) => roundMoved && s.data.role === 'mentor';
    pushPages(before, next, now, (s) => !told(s) && (touched === null || touched.has(s.data.personId ?? '')));
  }

  return service.subscribe((change) => {
    try {
      publish(change);
    } catch (err) {
      log.error(`publishing a change of event ${change.prev.id} failed`, err);
    }
  });
}
