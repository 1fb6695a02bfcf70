import type { Translation } from '../../define-messages';
import type en from '../en/print';

const de: Translation<typeof en> = {
  titleCards: 'Persönliche Karten',
  titleTents: 'Tischaufsteller',
  titleSheet: 'Rotationsplan für die Wand',
  titleSign: 'Schild für den Projektor',
  needsKey: 'Nur mit Veranstalterschlüssel: Öffnen Sie diese Seite über „Drucken“ in der <link>Konsole</link>.',
  backToConsole: '← Zurück zur Konsole',
  paper: 'Papier',
  paperA4: 'A4',
  paperLetter: 'US Letter',
  print: 'Drucken',
  loopback: '<strong>Diese QR-Codes zeigen auf localhost:</strong> Handys, die sie scannen, öffnen nichts.',
  loopbackHow:
    'Öffnen Sie die Konsole unter der Netzwerkadresse dieses Computers (der Tab „Ablauf“ nennt sie) und drucken ' +
    'Sie von dort.',
  printAnyway: 'Trotzdem drucken (nur für diesen Computer)',
  printHint:
    'Wählen Sie im Druckdialog dasselbe Papier, Skalierung 100 % und Standardränder. Seitenumbrüche kommen von ' +
    'selbst; nichts aus der Konsole wird gedruckt.',
  loading: 'Veranstaltung wird geladen …',
  wrongKey: 'Dieser Schlüssel öffnet diese Veranstaltung nicht. Öffnen Sie die Drucksachen aus der Konsole.',
  noEvent: 'Diese Veranstaltung gibt es nicht. Vielleicht wurde sie gelöscht.',
  timesClock: 'Die Zeiten folgen der laufenden Uhr beim Drucken; Handys zeigen immer die aktuellen Zeiten.',
  timesPlanned: 'Die Zeiten folgen dem geplanten Start; bei Verspätung zeigen Handys die aktuellen Zeiten.',
  timesNone: 'Noch keine Startzeit: Legen Sie im Tab „Plan“ den Start fest, um jede Runde mit Uhrzeit zu drucken.',

  tentAria: 'Tischaufsteller {table}',
  tentTableOf: 'Tisch {table} · {event}',
  qrPersonal: 'QR-Code: die persönliche Seite von {name}',
  tentFor: 'Für {name}',
  tentScan: 'Scannen für Ihre Seite: wer in jeder Runde bei Ihnen sitzt, ihre Fragen und der Countdown.',
  qrCall: 'QR-Code: der Videocall von {name}',
  tentCall: 'Online-Tisch: scannen, um dem Call beizutreten',
  peerRounds: 'Peer-Runden',
  seatedHere: 'Sitzen hier',
  peerPhone: 'Ihr Handy und Ihre Karte sagen, wer sich hier in jeder Runde trifft.',
  peerStays: 'Eine Person bleibt an diesem Tisch; die anderen ziehen jede Runde weiter.',
  menteesStay: '{mentees} bleiben an diesem Tisch; die {mentorsInline} kommen zu Ihnen.',
  tentCount: '{count, plural, one {# Tischaufsteller} other {# Tischaufsteller}}',
  tentsNote: '{tents}, einer pro Seite.',
  tentsFold:
    'Falten Sie jedes Blatt an der gestrichelten Linie: das Tischschild zum Raum, der QR-Code zu: {mentorInline}.',
  mentorsMovePlan: '{mentors} wechseln: Planen Sie den Ablauf, um einen Aufsteller pro Sitztisch zu drucken.',
  noMentors: 'Noch keine {mentorsInline}: Fügen Sie sie im Tab „Personen“ hinzu.',
  tentsNotePeer: 'Peer-Runden: {tents}, einer pro Tisch.',
  tentsNoteMoving: '{mentors} wechseln: {tents}, einer pro Sitztisch.',
  tentsFoldGroup: 'Falten Sie jedes Blatt an der gestrichelten Linie: Schild und Gruppe zeigen zum Raum.',

  sittingOut: 'Setzt aus',
  resting: 'Pause',
  noMentorComes: 'Kein Besuch ({mentorInline})',
  cardAria: 'Karte von {name}',
  rolePeer: 'Peer · Ihre Tische pro Runde stehen unten',
  roleMentorMoving: '{mentor} · Sie wechseln: Ihre Tische stehen unten',
  roleMentorAt: '{mentor} · Tisch <strong>{table}</strong>',
  roleMenteeSeat: '{mentee} · Sie bleiben die ganze Zeit an Tisch <strong>{table}</strong>',
  yourPage: 'Ihre Live-Seite',
  qrCardCall: 'QR-Code: der Videocall am Online-Tisch von {name}',
  yourCall: 'Ihr Call',
  cardNotPlanned: 'Noch nicht geplant: Ihre Seite zeigt Ihre Tische, sobald die Rotation geplant ist.',
  colRound: 'Runde',
  colTime: 'Zeit',
  colTable: 'Tisch',
  colWith: 'Mit',
  breakRow: 'Pause · {duration}',
  cardFoot: 'Scannen Sie den Code für Ihre Live-Seite: der Countdown und wohin es als Nächstes geht.',
  perPage: '{count} pro Seite',
  perPageSplit: '{mentorsInline} {mentorCount} pro Seite, {menteesInline} {menteeCount} pro Seite',
  cardCount: '{count, plural, one {# Karte} other {# Karten}}',
  cardsNote: '{cards}, {perPage}: {pages}.',
  noOne: 'Noch niemand zu drucken: Fügen Sie im Tab „Personen“ Leute hinzu.',

  indexTitle: '{event}: Finden Sie Ihren Tisch',
  indexHow: '{mentees} A–Z: Namen suchen und quer lesen; — setzt in der Runde aus.',
  indexPage: '{first} – {last} · Seite {number} von {count}',
  indexPageRounds: '{first} – {last}, Runden {from}–{to} · Seite {number} von {count}',
  tableInRound: 'Tisch in Runde',

  pageCount: '{count, plural, one {# Seite} other {# Seiten}}',
  sheetPages: '{pages} (Querformat).',
  sheetPagesIndex: '{pages} (Querformat): wer wo sitzt, dann die {menteesInline} A–Z mit ihren Tischen ({indexPages}).',
  sheetNotPlanned: 'Noch nicht geplant: Planen Sie zuerst die Rotation im Tab „Plan“.',
  sheetTitle: '{event}: wer wo sitzt',
  sheetPart: 'Tische {first}–{last}, Runden {from}–{to} · Seite {number} von {count}',
  roundN: 'Runde {round}',
  byesMany: '{count} setzen aus: siehe Verzeichnis',

  signNote:
    'Eine Seite. Wer diesen Code scannt, sieht die Projektor-Ansicht (Namen, Tische und Countdown, nichts ' +
    'Privates).',
  signWhen: '{date}, ab {time}',
  signTitle: 'Die Rotation live verfolgen',
  signQr: 'QR-Code: die Projektor-Ansicht dieser Veranstaltung',
  signText: 'Scannen, um die Großbild-Ansicht zu öffnen: der Countdown und wer diese Runde an welchem Tisch sitzt.',
  // The event’s time zone, said once when it is not the printing computer’s
  timesInZone: 'Die Zeiten gelten in der Zeitzone der Veranstaltung, {zone}.',
};

export default de;
