import type { Translation } from '../../define-messages';
import type en from '../en/console-csv';

export default {
  csvEmptyFile: 'die Datei ist leer; erwartet wird eine Kopfzeile wie role,name,table,questions,wishes,avoid',
  csvUnclosedQuote: 'eine Zelle in Anführungszeichen wird nie geschlossen (es fehlt ein ")',
  csvTextAfterQuote:
    'eine Zelle in Anführungszeichen hat Text nach dem schließenden Anführungszeichen ' +
    '(schreiben Sie "" für ein Anführungszeichen in einer solchen Zelle)',
  csvMissingColumns:
    'in der Kopfzeile {count, plural, one {fehlt die Pflichtspalte} other {fehlen die Pflichtspalten}} {columns}',
  csvColumnTwice: 'die Spalte „{column}“ steht zweimal in der Kopfzeile',
  csvUnknownColumns:
    '{count, plural, one {unbekannte Spalte} other {unbekannte Spalten}} {columns}; die Spalten sind {known}',
  csvUnknownColumnsMeant:
    '{count, plural, one {unbekannte Spalte} other {unbekannte Spalten}} {columns} (meinten Sie {meant}?); ' +
    'die Spalten sind {known}',
  csvNotCommaSeparated: 'unbekannte Spalte „{column}“; die Spalten müssen durch Kommas getrennt sein',
  csvRoleMissing: 'fehlt (tragen Sie mentor oder mentee ein)',
  csvRoleMeant: '„{role}“ ist keine Rolle – meinten Sie {meant}?',
  csvRoleUnknown: '„{role}“ ist keine Rolle (tragen Sie mentor oder mentee ein)',
  csvTooManyCells:
    'hat {cells} Zellen, die Kopfzeile aber nur {columns} Spalten (ein Komma, das in Anführungszeichen gehört?)',
  csvUnnamedColumnCell: 'Zelle {cell} („{value}“) steht unter einer Spalte ohne Namen in der Kopfzeile',
  csvOtherRolesColumn:
    'nur {owner, select, mentor {Mentoren} other {Mentees}} füllen diese Spalte aus; in dieser Zeile steht ' +
    '{role, select, mentor {ein Mentor} mentee {ein Mentee} other {eine teilnehmende Person}}',
  csvPriorityNotWhole: '„{value}“ ist keine ganze Zahl (schreiben Sie z. B. 0, 1 oder 2; höhere kommen zuerst)',
  csvNameTwice:
    '„{name}“ steht schon als {role, select, mentor {Mentor} mentee {Mentee} other {teilnehmende Person}} ' +
    'in Zeile {firstLine}',
  csvTableTwice: '„{table}“ ist schon der Tisch von „{holder}“ in Zeile {firstLine}',
  csvNoMentor: 'in der Datei gibt es keinen Mentor „{name}“',
  csvNoMentorMeant: 'in der Datei gibt es keinen Mentor „{name}“ – meinten Sie „{suggestion}“?',
  csvNoMentorIsMentee: 'in der Datei gibt es keinen Mentor „{name}“ (das ist ein Mentee)',
  csvAvoidWished: '„{name}“ steht auch in der Spalte wishes',
  csvPeersMixed:
    'eine Datei enthält entweder Teilnehmende (peer) oder Mentoren und Mentees, nicht beides ' +
    '(eine Veranstaltung bildet Paare nur auf eine Art)',
  csvNotForPeers: 'gibt es für Teilnehmende (peer) nicht; in dieser Zeile steht eine teilnehmende Person',
  csvNoPeer: 'in der Datei gibt es keine teilnehmende Person „{name}“',
  csvNoPeerMeant: 'in der Datei gibt es keine teilnehmende Person „{name}“ – meinten Sie „{suggestion}“?',
  csvNamesSelf: 'nennt die teilnehmende Person selbst',
  line: 'Zeile {line}',
  problemAt: '{where}: {problem}',
  fieldProblem: '{field}: {problem}',
  itemProblem: '{field}, Eintrag {item}: {problem}',
} satisfies Translation<typeof en>;
