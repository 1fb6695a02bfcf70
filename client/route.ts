/** The printables of an event (`/organize/:eventId/print/<kind>`). */
export type PrintKind = 'cards' | 'tents' | 'sheet' | 'projector-sign';

/**
 * The screens and their paths: `/`, `/organize/:eventId`, `/organize/:eventId/print/:kind`, `/p`
 * (personal page), `/projector`, `/join/:eventId` (self sign-up, the code in the fragment) and
 * `/join/:eventId/profile` (a mentor's invitation, their token in the fragment).
 */
export type Route =
  | { name: 'home' }
  | { name: 'organizer'; eventId: string }
  | { name: 'print'; eventId: string; kind: PrintKind }
  | { name: 'person' }
  | { name: 'projector' }
  | { name: 'join'; eventId: string }
  | { name: 'profile'; eventId: string }
  | { name: 'not-found' };

/** Which screen a path shows. */
export function routeOf(pathname: string): Route & { eventId?: string } {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/p') return { name: 'person' };
  if (path === '/projector') return { name: 'projector' };
  const m = /^\/organize\/([A-Za-z0-9_-]+)$/.exec(path);
  if (m) return { name: 'organizer', eventId: m[1]! };
  const p = /^\/organize\/([A-Za-z0-9_-]+)\/print\/(cards|tents|sheet|projector-sign)$/.exec(path);
  if (p) return { name: 'print', eventId: p[1]!, kind: p[2] as PrintKind };
  const j = /^\/join\/([A-Za-z0-9_-]+)(\/profile)?$/.exec(path);
  if (j) return { name: j[2] ? 'profile' : 'join', eventId: j[1]! };
  return { name: 'not-found' };
}
