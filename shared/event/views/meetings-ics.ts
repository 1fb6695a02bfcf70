/**
 * "Your meetings" as a calendar file (`meetings.ics`): one event per meeting whose start is
 * known, written to RFC 5545 by hand (no iCalendar library is among the verified stack, and
 * the subset needed is small): CRLF line ends, lines folded at 75 octets without splitting a
 * character, TEXT values escaped, times in UTC. Pure: the time stamp is an argument.
 */
import type { RoleLabelSettings } from '../../csv/role-label';
import { roleWords, type RoleWords } from '../../labels/role-words';
import type { Meeting, MeetingsAnswer } from '../../protocol/after-talk';

const CRLF = '\r\n';
/** The longest content line in octets, line break excluded (RFC 5545 §3.1). */
export const ICS_LINE_OCTETS = 75;

const isControl = (code: number) => code < 0x20 || code === 0x7f;

/**
 * A TEXT value (RFC 5545 §3.3.11): `\`, `;` and `,` escaped, every line break as `\n`, and
 * control characters (which TEXT may not hold, tab aside) dropped.
 */
export function icsText(value: string): string {
  let out = '';
  const text = value.replace(/\r\n|\r/g, '\n');
  for (const ch of text) {
    if (ch === '\n') out += '\\n';
    else if (ch === '\\' || ch === ';' || ch === ',') out += `\\${ch}`;
    else if (ch === '\t' || !isControl(ch.charCodeAt(0))) out += ch;
  }
  return out;
}

const octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Fold one content line (RFC 5545 §3.1): at most 75 octets a line, each continuation starting
 * with one space, never inside a UTF-8 sequence. Returns the lines joined by CRLF.
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0)!);
    if (size + n > ICS_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join(CRLF);
}

/** A UTC DATE-TIME (`20300115T180000Z`). */
export function icsUtc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function summaryOf(m: Meeting): string {
  const where = m.table === null ? `round ${m.round}` : `round ${m.round}, table ${m.table}`;
  return `Tablehop: ${m.with.name} (${where})`;
}

/** The other's role as the sentence names it: the event's word ("recruiter"), a peer as a peer. */
function roleWordOf(m: Meeting, words: RoleWords, peer: boolean): string {
  return peer && words.custom ? 'peer' : words.inline[m.with.role];
}

function descriptionOf(m: Meeting, eventName: string, words: RoleWords, peer: boolean): string {
  const lines = [`${eventName}: round ${m.round} with ${m.with.name} (${roleWordOf(m, words, peer)}).`];
  if (m.with.questions.length > 0) {
    lines.push('', 'Their questions:');
    for (const q of m.with.questions) lines.push(`- ${q}`);
  }
  if (m.mutual && m.contact !== null) lines.push('', `You both want to stay in touch. Contact: ${m.contact}`);
  else if (m.mutual) lines.push('', 'You both want to stay in touch.');
  return lines.join('\n');
}

/**
 * The person's meetings as an iCalendar file. `uidDomain` makes each event's UID unique
 * (`r<round>-<other's id>@<uidDomain>`): give one per person and event (e.g.
 * `<personId>.<eventId>.tablehop`) so two people's files never share a UID. A meeting whose
 * start is unknown is left out; with none left the calendar holds no event. `settings`: the
 * event's role words, which the description uses for the other's role.
 */
export function meetingsIcs(
  answer: MeetingsAnswer,
  eventName: string,
  roundSeconds: number,
  stampAt: number,
  uidDomain: string,
  settings: RoleLabelSettings = {},
): string {
  const words = roleWords(settings.labels);
  const peer = settings.pairing === 'peer';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tablehop//Meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(`Tablehop: ${eventName}`)}`,
  ];
  const stamp = icsUtc(stampAt);
  for (const m of answer.meetings) {
    if (m.startsAt === null) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(`r${m.round}-${m.with.id}@${uidDomain}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsUtc(m.startsAt)}`,
      `DTEND:${icsUtc(m.startsAt + roundSeconds * 1000)}`,
      `SUMMARY:${icsText(summaryOf(m))}`,
      `DESCRIPTION:${icsText(descriptionOf(m, eventName, words, peer))}`,
      ...(m.table === null ? [] : [`LOCATION:${icsText(`Table ${m.table}`)}`]),
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
