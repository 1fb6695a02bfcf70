import type { Translation } from '../../define-messages';
import type en from '../en/home';

export default {
  lead: 'Eine Speed-Mentoring-Veranstaltung von einem Laptop aus leiten.',
  aboutTitle: 'Was ist Tablehop?',
  aboutText:
    'Mentorinnen und Mentoren sitzen an Tischen; die Mentees wechseln jede Runde den Tisch. Tablehop plant, wer wen ' +
    'trifft: Alle treffen möglichst viele verschiedene Mentoren, Wünsche werden berücksichtigt, und die Runden, ' +
    'in denen jemand aussetzt, sind gleichmäßig verteilt.',
  aboutAdd: 'Mentoren und Mentees hinzufügen oder eine Tabelle (CSV) einfügen.',
  aboutPlan: 'Die Rotation planen und auf einen Blick prüfen.',
  aboutRun: 'Die Uhr von hier aus steuern; alle Handys, die Mentoren und der Beamer folgen ihr live.',
  aboutKey:
    'Keine Konten: Alle bekommen einen persönlichen Link. Ihr Konsolen-Link enthält Ihren Organisationsschlüssel – ' +
    'behalten Sie ihn für sich.',
  accessCodeLabel: 'Zugangscode für Organisatoren',
  accessCodeHint:
    'Auf diesem Tablehop dürfen nur eingeladene Organisatoren Veranstaltungen anlegen: ' +
    'Den Code haben Sie vom Betreiber.',
  backupTitle: 'Aus einer Sicherungsdatei anlegen',
  backupText:
    'Eine Veranstaltung noch einmal durchführen: Wählen Sie eine Sicherung, die Sie in einer Konsole ' +
    'heruntergeladen haben (Drucken & Sichern). Die neue Veranstaltung übernimmt Einstellungen, Personen, Fragen ' +
    'und Plan, mit neuen persönlichen Links.',
  backupFileLabel: 'Sicherungsdatei (.json)',
  backupCreating: 'Veranstaltung wird angelegt …',
  backupTooLarge: 'Diese Datei ist größer als jede Tablehop-Sicherung (höchstens 16 MiB).',
  backupNotJson:
    'Diese Datei ist keine Tablehop-Sicherung: Sie ist kein JSON. Wählen Sie die .json-Datei, die „Sicherung ' +
    'herunterladen“ gespeichert hat.',
  formTitle: 'Veranstaltung anlegen',
  nameLabel: 'Name der Veranstaltung',
  namePlaceholder: 'Mentoring-Abend im Frühling',
  roundLabel: 'Rundenlänge (Minuten)',
  roundHint: 'Dezimalzahlen erlaubt: {example, number} = 90 s',
  changeoverLabel: 'Wechselzeit (Minuten)',
  changeoverHint: 'Zeit für den Tischwechsel',
  roundsLabel: 'Anzahl der Runden',
  roundsHint: 'Leer lassen: eine Runde pro Mentor',
  capacityLabel: 'Mentees pro Tisch',
  breaksLegend: 'Pausen',
  breaksHint: 'Eine Pause ersetzt den Wechsel nach einer Runde.',
  breakNumber: 'Pause {n}: ',
  afterRoundLabel: 'Nach Runde',
  breakLengthLabel: 'Länge (Minuten)',
  removeBreakLabel: 'Pause {n} entfernen',
  remove: 'Entfernen',
  addBreak: 'Pause hinzufügen',
  totalTime: 'Gesamtdauer der Veranstaltung: {duration}',
  fixFields: 'Bitte korrigieren Sie die markierten Felder.',
  couldNotCreate: 'Die Veranstaltung konnte nicht angelegt werden.',
  creating: 'Wird angelegt …',
  create: 'Veranstaltung anlegen',
  errMinutesEmpty: 'Bitte eine Anzahl Minuten eingeben',
  errMinutesNumber: 'muss eine Anzahl Minuten sein, etwa {whole, number} oder {decimal, number}',
  errMinutesPositive: 'muss mehr als 0 Minuten sein',
  errMinutesMax: 'darf höchstens 1440 Minuten (24 Stunden) sein',
  errWholeNumber: 'muss eine ganze Zahl sein',
  errNotEmpty: 'darf nicht leer sein',
  errAtLeast: 'muss mindestens {min, number} sein',
  errAtMost: 'darf höchstens {max, number} sein',
  errTooLong: 'darf höchstens {max, number} Zeichen lang sein',
  errBreakTwice: 'nach Runde {round} gibt es schon eine Pause',
  errBreakAfterLast: 'muss vor der letzten Runde ({rounds}) liegen',
  roleNamesLegend: 'Rollennamen',
  roleNamesHint:
    'Die Wörter, die jeder Bildschirm, Ausdruck und jede E-Mail für die beiden Rollen verwendet, etwa ' +
    'Investorin und Gründer.',
  roleMentorLabel: 'Mentor-Rolle',
  roleMenteeLabel: 'Mentee-Rolle',
  rolePluralsSummary: 'Pluralformen',
  rolePluralsHint: 'Nur nötig, wo die Mehrzahl nicht das Wort mit „s“ ist, etwa Investor und Investoren.',
  roleMentorsLabel: 'Mentor-Rolle, Plural',
  roleMenteesLabel: 'Mentee-Rolle, Plural',
  eventLanguageLabel: 'Sprache der Veranstaltung',
  eventLanguageHint: 'Für Ausdrucke und für Handys, die keine der Sprachen von Tablehop bevorzugen.',
  eventTimeZoneLabel: 'Zeitzone',
  eventTimeZoneHint:
    'Die Zeiten der Veranstaltung auf Handys, Ausdrucken und in E-Mails; ein Handy in einer anderen Zone sagt es dazu.',
  eventTimeZoneInvalid: 'Keine Zeitzone: Wählen Sie eine aus der Liste, etwa Europe/Berlin.',
} satisfies Translation<typeof en>;
