/** The screens and their paths: `/`, `/organize/:eventId`, `/p` (personal page), `/projector`. */
export type Route =
  | { name: 'home' }
  | { name: 'organizer'; eventId: string }
  | { name: 'person' }
  | { name: 'projector' }
  | { name: 'not-found' };

/** Which screen a path shows. */
export function routeOf(pathname: string): Route & { eventId?: string } {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/p') return { name: 'person' };
  if (path === '/projector') return { name: 'projector' };
  const m = /^\/organize\/([A-Za-z0-9_-]+)$/.exec(path);
  if (m) return { name: 'organizer', eventId: m[1]! };
  return { name: 'not-found' };
}
