import { createResource, type Resource } from 'solid-js';
import { instanceInfoSchema, type InstanceInfo } from '../../../../shared/protocol/answers';
import { api } from '../../../live/api';

/**
 * What the server says about its addresses (GET /api/instance), asked only while `when()` holds
 * (the links point to localhost); null when it cannot be asked.
 */
export function createLanInfo(when: () => boolean): Resource<InstanceInfo | null> {
  const [info] = createResource(
    () => when() || undefined,
    () => api('/api/instance', instanceInfoSchema).catch(() => null),
  );
  return info;
}

/**
 * The console's own address on another origin: the same path and fragment (the organizer key
 * rides in it), so opening it keeps the organizer where they are, now with links phones can open.
 */
export function consoleAt(lanUrl: string, location: Pick<Location, 'pathname' | 'hash'>): string {
  return `${lanUrl}${location.pathname}${location.hash}`;
}
