/**
 * Where the organizer goes after creating an event: the path of the server's console link on
 * this origin, with the key in the fragment (never in the path or query, so it never reaches a
 * server log).
 */
export function consoleLink(serverLink: string, eventId: string, key: string): string {
  const { pathname } = new URL(serverLink, 'http://placeholder.invalid');
  const path = pathname.startsWith('/organize/') ? pathname : `/organize/${encodeURIComponent(eventId)}`;
  return `${path}#key=${encodeURIComponent(key)}`;
}
