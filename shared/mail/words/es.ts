import { es as dateEs } from 'date-fns/locale/es';
import type { MailWords } from '../mail-words';

/** The mail in Spanish ("tú"); role words stand alone ("Tu rol: mentor"), so an event's own words fit. */
export const es: MailWords = {
  lang: 'es',
  dir: 'ltr',
  dateLocale: dateEs,
  patterns: { longDate: "EEEE, d 'de' MMMM 'de' yyyy", shortDay: 'EEE d MMM', time: 'HH:mm' },
  roles: {
    mentor: 'Mentor',
    mentors: 'Mentores',
    mentee: 'Mentorizado',
    mentees: 'Mentorizados',
    inline: { mentor: 'mentor', mentors: 'mentores', mentee: 'mentorizado', mentees: 'mentorizados' },
    custom: false,
  },
  subject: (event) => `Tu enlace personal para ${event}`,
  hello: (name) => `Hola, ${name}:`,
  pageFor: (event) => `Esta es tu página personal para ${event}:`,
  qrAlt: 'Código QR de tu página personal',
  aboutPage:
    'Ábrela en tu móvil durante el evento: muestra adónde ir, con quién te reúnes y cuánto tiempo queda. ' +
    'El enlace es solo tuyo, así que no lo reenvíes. También puedes escanear el código QR de este correo.',
  movingMentor: (w) =>
    `Tu rol: ${w.inline.mentor}. Los ${w.inline.mentors} cambian de mesa: en cada ronda vas a la mesa indicada ` +
    `abajo; los ${w.inline.mentees} se quedan sentados.`,
  movingMentee: (w, table) =>
    table
      ? `Tu rol: ${w.inline.mentee}. Te quedas en la mesa ${table} todo el evento; los ${w.inline.mentors} vienen a ti.`
      : `Tu rol: ${w.inline.mentee}. Te quedas en tu mesa todo el evento; los ${w.inline.mentors} vienen a ti.`,
  mentorAt: (w, table) => `Tu rol: ${w.inline.mentor}, en la mesa ${table}. Los ${w.inline.mentees} vienen a ti.`,
  mentor: (w) => `Tu rol: ${w.inline.mentor}. Los ${w.inline.mentees} vienen a tu mesa.`,
  mentee: (w) => `Tu rol: ${w.inline.mentee}. En cada ronda vas a la mesa de otro ${w.inline.mentor}.`,
  aboutProfile: (w) =>
    `Antes del evento, completa tu perfil, que los ${w.inline.mentees} leen al elegir con quién reunirse: ` +
    'una breve biografía, tus temas y, para una mesa en línea, tu enlace de videollamada.',
  completeProfile: 'Completa tu perfil',
  round: (n) => `Ronda ${n}`,
  youRest: 'descansas',
  nobodyAtTable: 'nadie en tu mesa',
  noMentorComes: (w) => `ningún ${w.inline.mentor} viene a tu mesa`,
  sittingOut: 'descansas esta ronda',
  timesIn: (zone, date) => `horas de ${zone}, ${date}`,
  scheduleTitle: (heading) => (heading ? `Tu horario (${heading}):` : 'Tu horario:'),
  notPlanned: 'Tu horario aún no está planificado: tu página lo mostrará en cuanto lo esté.',
  timesNotSet: 'Las horas aún no están fijadas: tu página las mostrará, y siempre el horario más reciente.',
  mayChange: 'El horario aún puede cambiar: tu página siempre muestra el más reciente.',
  signoff: (event) => `— Tablehop, para los organizadores de ${event}`,
  heads: { round: 'Ronda', time: 'Hora', table: 'Mesa' },
};
