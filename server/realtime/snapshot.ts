import type { Snapshot } from '../../shared/protocol/views';
import type { SocketData } from '../../shared/protocol/events';
import type { EventState } from '../events/state';
import { meView } from '../events/views/me-view';
import { organizerView } from '../events/views/organizer-view';
import { projectorView } from '../events/views/projector-view';
import { notFound } from '../errors';

/** The snapshot for one connection's role (pure given the secret). */
export function snapshotFor(s: EventState, who: SocketData, secret: string, now: number, publicUrl: string): Snapshot {
  switch (who.role) {
    case 'organizer':
      return { role: 'organizer', organizer: organizerView(s, now, secret, publicUrl) };
    case 'projector':
      return { role: 'projector', projector: projectorView(s, now) };
    case 'mentor':
    case 'mentee': {
      const me = meView(s, who.personId ?? '', now);
      if (!me) throw notFound('this person was removed from the event');
      return who.role === 'mentor' ? { role: 'mentor', me } : { role: 'mentee', me };
    }
  }
}
