/** The printables of an event (`/organize/:eventId/print/<kind>`). */
export type PrintKind = 'cards' | 'tents' | 'sheet' | 'projector-sign';

/**
 * The screens and their paths: `/`, `/organize/:eventId`, `/organize/:eventId/print/:kind`, `/p`
 * (personal page), `/projector`.
 */
export type Route =
  | { name: 'home' }
  | { name: 'organizer'; eventId: string }
  | { name: 'print'; eventId: string; kind: PrintKind }
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
  const p = /^\/organize\/([A-Za-z0-9_-]+)\/print\/(cards|tents|sheet|projector-sign)$/.exec(path);
  if (p) return { name: 'print', eventId: p[1]!, kind: p[2] as PrintKind };
  return { name: 'not-found' };
}
