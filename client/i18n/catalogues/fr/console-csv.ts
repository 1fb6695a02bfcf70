import type { Translation } from '../../define-messages';
import type en from '../en/console-csv';

export default {
  csvEmptyFile:
    'le fichier est vide ; une ligne d’en-tête est attendue, par exemple role,name,table,questions,wishes,avoid',
  csvUnclosedQuote: 'une cellule entre guillemets n’est jamais fermée (il manque un ")',
  csvTextAfterQuote:
    'une cellule entre guillemets a du texte après son guillemet fermant ' +
    '(écrivez "" pour un guillemet dans une cellule entre guillemets)',
  csvMissingColumns:
    '{count, plural, one {colonne obligatoire absente} other {colonnes obligatoires absentes}} ' +
    'de la ligne d’en-tête : {columns}',
  csvColumnTwice: 'la colonne « {column} » figure deux fois dans l’en-tête',
  csvUnknownColumns:
    '{count, plural, one {colonne inconnue} other {colonnes inconnues}} {columns} ; les colonnes sont {known}',
  csvUnknownColumnsMeant:
    '{count, plural, one {colonne inconnue} other {colonnes inconnues}} {columns} (vouliez-vous dire {meant} ?) ; ' +
    'les colonnes sont {known}',
  csvNotCommaSeparated: 'colonne inconnue « {column} » ; les colonnes doivent être séparées par des virgules',
  csvRoleMissing: 'absent (écrivez mentor ou mentee)',
  csvRoleMeant: '« {role} » n’est pas un rôle — vouliez-vous dire {meant} ?',
  csvRoleUnknown: '« {role} » n’est pas un rôle (écrivez mentor ou mentee)',
  csvTooManyCells:
    'a {cells} cellules mais l’en-tête n’a que {columns} colonnes (une virgule à mettre entre guillemets ?)',
  csvUnnamedColumnCell: 'la cellule {cell} (« {value} ») est sous une colonne sans nom dans l’en-tête',
  csvOtherRolesColumn:
    'seuls les {owner, select, mentor {mentors} other {mentorés}} remplissent cette colonne ; cette ligne est ' +
    '{role, select, mentor {celle d’un mentor} mentee {celle d’un mentoré} other {celle d’un pair}}',
  csvPriorityNotWhole:
    '« {value} » n’est pas un nombre entier (écrivez par exemple 0, 1 ou 2 ; le plus haut passe en premier)',
  csvNameTwice:
    '« {name} » est déjà {role, select, mentor {un mentor} mentee {un mentoré} other {un pair}} ' +
    'à la ligne {firstLine}',
  csvTableTwice: '« {table} » est déjà la table de « {holder} » à la ligne {firstLine}',
  csvNoMentor: 'aucun mentor du fichier ne s’appelle « {name} »',
  csvNoMentorMeant: 'aucun mentor du fichier ne s’appelle « {name} » — vouliez-vous dire « {suggestion} » ?',
  csvNoMentorIsMentee: 'aucun mentor du fichier ne s’appelle « {name} » (c’est un mentoré)',
  csvAvoidWished: '« {name} » figure aussi dans la colonne wishes',
  csvPeersMixed:
    'un fichier contient soit des pairs (peer), soit des mentors et des mentorés, pas les deux ' +
    '(un événement forme les paires d’une seule façon)',
  csvNotForPeers: 'les pairs (peer) n’en ont pas ; cette ligne est celle d’un pair',
  csvNoPeer: 'aucun pair du fichier ne s’appelle « {name} »',
  csvNoPeerMeant: 'aucun pair du fichier ne s’appelle « {name} » — vouliez-vous dire « {suggestion} » ?',
  csvNamesSelf: 'nomme le pair lui-même',
  line: 'ligne {line}',
  problemAt: '{where} : {problem}',
  fieldProblem: '{field} : {problem}',
  itemProblem: '{field}, élément {item} : {problem}',
} satisfies Translation<typeof en>;
