import { fr as dateFr } from 'date-fns/locale/fr';
import type { MailWords } from '../mail-words';

/** The mail in French ("vous"); role words stand alone ("Votre rôle : mentor"), so an event's own words fit. */
export const fr: MailWords = {
  lang: 'fr',
  dir: 'ltr',
  dateLocale: dateFr,
  patterns: { longDate: 'EEEE d MMMM yyyy', shortDay: 'EEE d MMM', time: 'HH:mm' },
  roles: {
    mentor: 'Mentor',
    mentors: 'Mentors',
    mentee: 'Mentoré',
    mentees: 'Mentorés',
    inline: { mentor: 'mentor', mentors: 'mentors', mentee: 'mentoré', mentees: 'mentorés' },
    custom: false,
  },
  subject: (event) => `Votre lien personnel pour ${event}`,
  hello: (name) => `Bonjour ${name},`,
  pageFor: (event) => `voici votre page personnelle pour ${event} :`,
  qrAlt: 'QR code de votre page personnelle',
  aboutPage:
    'Ouvrez-la sur votre téléphone pendant l’événement : elle indique où aller, qui vous rencontrez et le temps ' +
    'restant. Ce lien n’est qu’à vous, merci de ne pas le transférer. Vous pouvez aussi scanner le QR code de ce mail.',
  movingMentor: (w) =>
    `Votre rôle : ${w.inline.mentor}. Les ${w.inline.mentors} changent de table : à chaque tour, rendez-vous à la ` +
    `table indiquée ci-dessous ; les ${w.inline.mentees} restent assis.`,
  movingMentee: (w, table) =>
    table
      ? `Votre rôle : ${w.inline.mentee}. Vous restez à la table ${table} tout l’événement ; les ${w.inline.mentors} ` +
        'viennent à vous.'
      : `Votre rôle : ${w.inline.mentee}. Vous restez à votre table tout l’événement ; les ${w.inline.mentors} ` +
        'viennent à vous.',
  mentorAt: (w, table) =>
    `Votre rôle : ${w.inline.mentor}, à la table ${table}. Les ${w.inline.mentees} viennent à vous.`,
  mentor: (w) => `Votre rôle : ${w.inline.mentor}. Les ${w.inline.mentees} viennent à votre table.`,
  mentee: (w) => `Votre rôle : ${w.inline.mentee}. À chaque tour, vous allez à la table d’un autre ${w.inline.mentor}.`,
  aboutProfile: (w) =>
    `Avant l’événement, merci de compléter votre profil, que les ${w.inline.mentees} lisent pour choisir qui ` +
    'rencontrer : une courte bio, vos sujets et, pour une table à distance, votre lien de visioconférence.',
  completeProfile: 'Compléter votre profil',
  round: (n) => `Tour ${n}`,
  youRest: 'pause',
  nobodyAtTable: 'personne à votre table',
  noMentorComes: (w) => `aucun ${w.inline.mentor} ne vient à votre table`,
  sittingOut: 'vous passez ce tour',
  timesIn: (zone, date) => `heures de ${zone}, ${date}`,
  scheduleTitle: (heading) => (heading ? `Votre programme (${heading}) :` : 'Votre programme :'),
  notPlanned: 'Votre programme n’est pas encore établi : votre page l’affichera dès qu’il le sera.',
  timesNotSet: 'Les horaires ne sont pas encore fixés : votre page les affichera, avec toujours le dernier programme.',
  mayChange: 'Le programme peut encore changer : votre page affiche toujours le plus récent.',
  signoff: (event) => `— Tablehop, pour l’équipe de ${event}`,
  heads: { round: 'Tour', time: 'Heure', table: 'Table' },
};
