import type en from '../en/phone-refusals';
import type { Translation } from '../../define-messages';

export default {
  checkInEnded: 'Die Veranstaltung ist beendet; das Einchecken ist geschlossen.',
  checkInStarted: 'Die Veranstaltung hat begonnen: Checken Sie am Eingang bei der Organisation ein.',
  noSuchPerson: 'In dieser Veranstaltung gibt es keine Person „{personId}“.',
  personRemoved: 'Sie wurden aus dieser Veranstaltung entfernt.',
  noSuchMentee: 'In dieser Veranstaltung gibt es diesen Mentee nicht.',
  questionsEnded: 'Die Veranstaltung ist beendet; die Fragen lassen sich nicht mehr ändern.',
  feedbackAbsent:
    'Sie sind als abwesend markiert und hatten daher keine Gespräche, zu denen Sie Feedback geben können.',
  notMetWith: 'Sie saßen in Runde {round} nicht mit {name} am Tisch.',
  notMetInRound: 'Sie saßen in Runde {round} nicht mit dieser Person am Tisch.',
  roundNotBegun: 'Runde {round} hat noch nicht begonnen.',
  feedbackClosed: 'Das Feedback für diese Veranstaltung ist geschlossen.',
  noEmailToShare:
    'Für Sie ist in dieser Veranstaltung keine E-Mail-Adresse hinterlegt; teilen Sie stattdessen eine Kontaktzeile.',
  noSuchEvent: 'Diese Veranstaltung gibt es nicht (mehr).',
  changedElsewhere: 'Die Veranstaltung wurde inzwischen auf einem anderen Server geändert; versuchen Sie es erneut.',
  unknownKey: 'Dieser Link ist unbekannt: Er ist vielleicht falsch abgetippt, oder seine Veranstaltung wurde gelöscht.',
  signupCodeOnly: 'Dies ist ein Anmeldelink: Er öffnet nur die Anmeldeseite.',
  tooManyWrongKeys: 'Zu viele falsche Links aus diesem Netz; warten Sie eine Minute.',
  tooManyRequests: 'Zu viele Anfragen mit diesem Link; bitte langsamer.',
  tooManyFromAddress: 'Zu viele Anfragen aus diesem Netz; warten Sie eine Minute.',
  tooManyChanges: 'Zu viele Änderungen mit diesem Link; warten Sie ein paar Sekunden.',
  tooManyLinkChanges: 'Zu viele Änderungen mit diesem Link; bitte langsamer.',
  tooManyLinkMessages: 'Zu viele Nachrichten mit diesem Link; bitte langsamer.',
  serverFault: 'Auf dem Server ist etwas schiefgegangen; der Fehler wurde protokolliert.',
} satisfies Translation<typeof en>;
