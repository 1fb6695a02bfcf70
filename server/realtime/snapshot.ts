import type { EventState } from '../../shared/event/state';
import { meView } from '../../shared/event/views/me-view';
import { organizerView } from '../../shared/event/views/organizer-view';
import { projectorView } from '../../shared/event/views/projector-view';
import type { SocketData } from '../../shared/protocol/events';
import type { MeView, PersonPage, Snapshot } from '../../shared/protocol/views';
import { organizerAccess } from '../events/organizer-access';
import { forbidden, notFound } from '../errors';

/** A personal view as pushed to a phone: without `now`/`next`, which the phone derives from the clock. */
export function personPage(me: MeView): PersonPage {
  const { now: _now, next: _next, ...page } = me;
  return page;
}

/** The snapshot for one connection's role (pure given the secret). */
export function snapshotFor(s: EventState, who: SocketData, secret: string, now: number, publicUrl: string): Snapshot {
  switch (who.role) {
    case 'organizer':
      return { role: 'organizer', organizer: organizerView(s, now, organizerAccess(s.id, secret, publicUrl, s)) };
    case 'projector':
      return { role: 'projector', projector: projectorView(s, now) };
    case 'mentor':
    case 'mentee': {
      const me = meView(s, who.personId ?? '', now);
      if (!me) throw notFound('this person was removed from the event');
      return who.role === 'mentor' ? { role: 'mentor', me: personPage(me) } : { role: 'mentee', me: personPage(me) };
    }
    case 'signup':
      // The handshake refuses sign-up codes; this is the exhaustive switch's last word.
      throw forbidden('a sign-up code opens only the sign-up page');
  }
}
