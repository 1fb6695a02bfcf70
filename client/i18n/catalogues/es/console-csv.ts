import type { Translation } from '../../define-messages';
import type en from '../en/console-csv';

export default {
  csvEmptyFile: 'el archivo está vacío; se esperaba una fila de encabezado como role,name,table,questions,wishes,avoid',
  csvUnclosedQuote: 'una celda entre comillas nunca se cierra (falta ")',
  csvTextAfterQuote:
    'una celda entre comillas tiene texto después de la comilla de cierre ' +
    '(escribe "" para poner una comilla dentro de una celda entre comillas)',
  csvMissingColumns:
    '{count, plural, one {falta la columna obligatoria} other {faltan las columnas obligatorias}} {columns} ' +
    'en la fila de encabezado',
  csvColumnTwice: 'la columna «{column}» aparece dos veces en el encabezado',
  csvUnknownColumns:
    '{count, plural, one {columna desconocida} other {columnas desconocidas}} {columns}; las columnas son {known}',
  csvUnknownColumnsMeant:
    '{count, plural, one {columna desconocida} other {columnas desconocidas}} {columns} (¿querías decir {meant}?); ' +
    'las columnas son {known}',
  csvNotCommaSeparated: 'columna desconocida «{column}»; las columnas deben separarse con comas',
  csvRoleMissing: 'falta (escribe mentor o mentee)',
  csvRoleMeant: '«{role}» no es un rol; ¿querías decir {meant}?',
  csvRoleUnknown: '«{role}» no es un rol (escribe mentor o mentee)',
  csvTooManyCells:
    'tiene {cells} celdas, pero el encabezado solo tiene {columns} columnas (¿una coma que debería ir entre comillas?)',
  csvUnnamedColumnCell: 'la celda {cell} («{value}») está bajo una columna sin nombre en el encabezado',
  csvOtherRolesColumn:
    'solo los {owner, select, mentor {mentores} other {mentorizados}} rellenan esta columna; esta fila es de ' +
    '{role, select, mentor {un mentor} mentee {un mentorizado} other {un participante}}',
  csvPriorityNotWhole: '«{value}» no es un número entero (escribe p. ej. 0, 1 o 2; el más alto va primero)',
  csvNameTwice:
    '«{name}» ya es {role, select, mentor {un mentor} mentee {un mentorizado} other {un participante}} ' +
    'en la línea {firstLine}',
  csvTableTwice: '«{table}» ya es la mesa de «{holder}» en la línea {firstLine}',
  csvNoMentor: 'ningún mentor del archivo se llama «{name}»',
  csvNoMentorMeant: 'ningún mentor del archivo se llama «{name}»; ¿querías decir «{suggestion}»?',
  csvNoMentorIsMentee: 'ningún mentor del archivo se llama «{name}» (es un mentorizado)',
  csvAvoidWished: '«{name}» también está en la columna wishes',
  csvPeersMixed:
    'un archivo tiene participantes (peer) o mentores y mentorizados, no ambos ' +
    '(un evento forma las parejas de una sola manera)',
  csvNotForPeers: 'los participantes (peer) no tienen esto; esta fila es de un participante',
  csvNoPeer: 'ningún participante del archivo se llama «{name}»',
  csvNoPeerMeant: 'ningún participante del archivo se llama «{name}»; ¿querías decir «{suggestion}»?',
  csvNamesSelf: 'nombra al propio participante',
  line: 'línea {line}',
  problemAt: '{where}: {problem}',
  fieldProblem: '{field}: {problem}',
  itemProblem: '{field}, elemento {item}: {problem}',
} satisfies Translation<typeof en>;
