import { de as dateDe } from 'date-fns/locale/de';
import type { MailWords } from '../mail-words';

/** The mail in German ("Sie"); role words stand alone ("Ihre Rolle: Mentor"), so an event's own words fit. */
export const de: MailWords = {
  lang: 'de',
  dir: 'ltr',
  dateLocale: dateDe,
  patterns: { longDate: 'EEEE, d. MMMM yyyy', shortDay: 'EEE d. MMM', time: 'HH:mm' },
  roles: {
    mentor: 'Mentor',
    mentors: 'Mentoren',
    mentee: 'Mentee',
    mentees: 'Mentees',
    inline: { mentor: 'Mentor', mentors: 'Mentoren', mentee: 'Mentee', mentees: 'Mentees' },
    custom: false,
  },
  subject: (event) => `Ihr persönlicher Link für ${event}`,
  hello: (name) => `Hallo ${name},`,
  pageFor: (event) => `hier ist Ihre persönliche Seite für ${event}:`,
  qrAlt: 'QR-Code Ihrer persönlichen Seite',
  aboutPage:
    'Öffnen Sie sie bei der Veranstaltung auf Ihrem Handy: Sie zeigt, wohin Sie gehen, wen Sie treffen und wie ' +
    'viel Zeit bleibt. Der Link gehört nur Ihnen, bitte leiten Sie ihn nicht weiter. Sie können auch den QR-Code ' +
    'in dieser Mail scannen.',
  movingMentor: (w) =>
    `Ihre Rolle: ${w.mentor}. Die ${w.mentors} wechseln die Tische: In jeder Runde gehen Sie an den unten ` +
    `genannten Tisch; die ${w.mentees} bleiben sitzen.`,
  movingMentee: (w, table) =>
    table
      ? `Ihre Rolle: ${w.mentee}. Sie bleiben die ganze Zeit an Tisch ${table}; die ${w.mentors} kommen zu Ihnen.`
      : `Ihre Rolle: ${w.mentee}. Sie bleiben die ganze Zeit an Ihrem Tisch; die ${w.mentors} kommen zu Ihnen.`,
  mentorAt: (w, table) => `Ihre Rolle: ${w.mentor} an Tisch ${table}. Die ${w.mentees} kommen zu Ihnen.`,
  mentor: (w) => `Ihre Rolle: ${w.mentor}. Die ${w.mentees} kommen an Ihren Tisch.`,
  mentee: (w) => `Ihre Rolle: ${w.mentee}. In jeder Runde gehen Sie an einen anderen Tisch (${w.mentor}).`,
  aboutProfile: (w) =>
    `Bitte vervollständigen Sie vor der Veranstaltung Ihr Profil; die ${w.mentees} lesen es, wenn sie wählen, ` +
    'wen sie treffen möchten: eine kurze Vorstellung, Ihre Themen und, für einen Online-Tisch, Ihren Videocall-Link.',
  completeProfile: 'Profil vervollständigen',
  round: (n) => `Runde ${n}`,
  youRest: 'Sie pausieren',
  nobodyAtTable: 'niemand an Ihrem Tisch',
  noMentorComes: (w) => `kein Besuch (${w.mentor}) an Ihrem Tisch`,
  sittingOut: 'Sie setzen aus',
  timesIn: (zone, date) => `Zeiten in ${zone}, ${date}`,
  scheduleTitle: (heading) => (heading ? `Ihr Ablauf (${heading}):` : 'Ihr Ablauf:'),
  notPlanned: 'Ihr Ablauf ist noch nicht geplant: Ihre Seite zeigt ihn, sobald er steht.',
  timesNotSet: 'Die Zeiten stehen noch nicht fest: Ihre Seite zeigt sie, und immer den neuesten Ablauf.',
  mayChange: 'Der Ablauf kann sich noch ändern: Ihre Seite zeigt immer den neuesten.',
  signoff: (event) => `— Tablehop, für das Team von ${event}`,
  heads: { round: 'Runde', time: 'Zeit', table: 'Tisch' },
};
