import type { Translation } from '../../define-messages';
import type en from '../en/console';

export default {
  eventDeletedTitle: 'Veranstaltung gelöscht · Tablehop',
  consoleHeading: 'Organisationskonsole',
  needsKey: 'Diese Konsole braucht den Organisationsschlüssel.',
  needsKeyHow:
    'Öffnen Sie den Konsolen-Link, den Sie beim Anlegen der Veranstaltung erhalten haben (er endet auf {key}), ' +
    'oder fügen Sie den Link oder den Schlüssel hier ein.',
  pasteKeyLabel: 'Konsolen-Link oder Organisationsschlüssel',
  openConsole: 'Konsole öffnen',
  createNewEvent: 'Neue Veranstaltung anlegen',
  titleOfEvent: '{event} · Tablehop-Konsole',
  titleNoEvent: 'Tablehop-Konsole',
  eventWasDeleted: 'Diese Veranstaltung wurde gelöscht.',
  wrongKey:
    'Dieser Schlüssel öffnet diese Veranstaltung nicht. Prüfen Sie, ob Sie den ganzen Konsolen-Link verwendet haben.',
  noSuchEvent: 'Diese Veranstaltung gibt es nicht. Vielleicht wurde sie gelöscht.',
  offline: 'Offline: Die Konsole braucht den Server; die Steuerung der Uhr ist aus',
  kicker: '<home>Tablehop</home> · Organisationskonsole',
  loadingName: 'Wird geladen…',
  outdatedHeading: 'Diese Konsole ist veraltet',
  replacedHeading: 'Diese Konsole ist an zu vielen Stellen geöffnet',
  changesAtDoor: 'Änderungen an der Tür',
  tabsLabel: 'Bereiche der Konsole',
  tabPeople: 'Personen ({count})',
  panelPeople: 'Personen',
  tabCheckIn: 'Check-in',
  tabPlan: 'Plan',
  tabRun: 'Ablauf',
  tabPrint: 'Druck & Sicherung',
  panelPrint: 'Druck und Sicherung',
  tabReport: 'Bericht',
  loadingEvent: 'Die Veranstaltung wird geladen…',
  saveLinkTitle: 'Speichern Sie diesen Link – nur mit ihm kommen Sie als Organisator:in wieder hinein',
  saveLinkWhy:
    'Es gibt keine Konten: Dieser Link enthält Ihren Organisationsschlüssel. Setzen Sie ein Lesezeichen oder ' +
    'bewahren Sie ihn sicher auf, und teilen Sie ihn nicht: Wer ihn hat, kann die Veranstaltung ändern.',
  yourConsoleLink: 'Ihr Konsolen-Link',
  copyConsoleLink: 'Konsolen-Link kopieren',
  savedIt: 'Ich habe ihn gespeichert',
  phonesCannotOpen: 'Telefone können diese Links nicht öffnen',
  linksPointTo: 'Jeder persönliche Link und QR-Code zeigt auf {host}, das nur dieser Computer öffnen kann.',
  listensLocally: 'Tablehop ist nur auf diesem Computer erreichbar.',
  restartLocal:
    'Starten Sie es ohne {host} (oder mit {anyHost}) neu und öffnen Sie die Konsole unter der Netzwerkadresse ' +
    'dieses Computers,',
  publicUrlWhere: 'oder setzen Sie {publicUrl} auf die Adresse, die Telefone verwenden.',
  publicUrlLocal:
    '<code>TABLEHOP_PUBLIC_URL</code> ist auf eine localhost-Adresse gesetzt: Setzen Sie sie auf die Adresse, ' +
    'die Telefone verwenden.',
  openAtLan:
    'Öffnen Sie die Konsole stattdessen unter der Netzwerkadresse dieses Computers; jeder Link und QR-Code ' +
    'verwendet sie dann:',
  sameNetwork: 'Telefone müssen im selben Netzwerk (dem WLAN vor Ort) sein wie dieser Computer.',
  pendingTitle:
    '{count, plural, one {# Änderung an der Tür} other {# Änderungen an der Tür}} noch nicht in der Sitzordnung',
  reviewAndApply: 'Prüfen und übernehmen',
  whoAtTable: '{name} ({table})',
  mentorHere: '{who} ist da: der Tisch öffnet',
  menteeHere: '{who} ist da: braucht einen Platz',
  mentorLeft: '{who} ist gegangen: der Tisch schließt',
  mentorNotComing: '{who} kommt nicht: der Tisch schließt',
  menteeLeft: '{who} ist gegangen: wird aus der Sitzordnung genommen',
  menteeNotComing: '{who} kommt nicht: wird aus der Sitzordnung genommen',
  applied: 'Übernommen.',
  appliedTold:
    'Übernommen. {count, plural, one {# Person wurde} other {# Personen wurden}} über ihre neuen Plätze informiert.',
  reviewCheckedIn: 'Nur mit den eingecheckten Personen planen',
  reviewTitle: 'Änderungen prüfen',
  notApplied: 'Nicht übernommen: {why}. Hier ist der Unterschied nach dem jetzigen Stand.',
  working: 'Der Unterschied wird berechnet…',
  markedAbsent:
    '{count, plural, one {# nicht eingecheckte Person wird als „kommt nicht“ markiert (später einchecken, um ' +
    'sie zu setzen).} other {# nicht Eingecheckte werden als „kommt nicht“ markiert (später einchecken, um sie ' +
    'zu setzen).}}',
  qualityCaption: 'Qualität des Plans: jetzt, wie der Plan-Tab sie zeigt, und nach dem Übernehmen',
  colFigure: 'Kennzahl',
  colNow: 'Jetzt',
  colAfter: 'Nach dem Übernehmen',
  cancel: 'Abbrechen',
  tryAgain: 'Erneut versuchen',
  applying: 'Wird übernommen…',
  apply: 'Übernehmen',
  atTable: '{table} — {mentor}',
  sitsOut: 'setzt aus',
  noSeat: 'kein Platz',
  seatChange: 'Runde {round}: {before} → {after}',
  roundOne: 'Runde {round}',
  roundRange: 'Runden {from}–{to}',
  tableCloses: 'Tisch {table} schließt für {rounds}',
  tableOpens: 'Tisch {table} öffnet für {rounds}',
  atTableChange: 'Runde {round}: {arriving} statt {leaving}',
  noOne: 'niemand',
  unchanged: 'Die Sitzordnung berücksichtigt bereits alle Anwesenden: Nichts würde sich ändern.',
  menteesMove: '{moving, plural, one {# {mentee} wechselt} other {# {mentees} wechseln}}',
  menteesJoin: '{joining, plural, one {# {mentee} kommt dazu} other {# {mentees} kommen dazu}}, {others}',
  othersMove:
    '{moving, plural, =0 {sonst wechselt niemand} one {# weitere:r {mentee} wechselt} other {# weitere {mentees} ' +
    'wechseln}}',
  tablesChange:
    '{n, plural, one {der Tisch von # {mentor} ändert sich} other {die Tische von # {mentors}{s, select, other ' +
    '{}} ändern sich}}',
  summary:
    'Ab Runde {round}: {moves}, {tables}. Nur deren Telefone werden informiert; bereits begonnene Runden ' +
    'bleiben, wie sie sind.',
  timeLeft: 'Verbleibende Zeit {time}',
} satisfies Translation<typeof en>;
