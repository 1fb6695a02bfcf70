// The participants CSV's problems (issue 19), keyed by their code (shared/schemas/csv-issue-codes.ts).
// An English console shows the server's and parser's own English instead (it is the source, byte
// for byte): these say the same, for the translators. A problem about a column is said after its
// column (fieldProblem): the column, a CSV header, is never translated, nor are the values a file
// holds (mentor, mentee). Names and cells ({name}, {value}, …) come as the message shows them
// between its quotes; {columns} and {meant} are lists already quoted ("wishs", "shoe size").
// {role} and {owner}: mentor, mentee or peer (the `role` column's values).
export default {
  csvEmptyFile: 'the file is empty; expected a header row such as role,name,table,questions,wishes,avoid',
  csvUnclosedQuote: 'a quoted cell is never closed (missing ")',
  csvTextAfterQuote: 'a quoted cell has text after its closing quote (write "" for a quote inside a quoted cell)',
  csvMissingColumns: 'missing required {count, plural, one {column} other {columns}} {columns} in the header row',
  csvColumnTwice: 'column "{column}" appears twice in the header',
  csvUnknownColumns: 'unknown {count, plural, one {column} other {columns}} {columns}; the columns are {known}',
  csvUnknownColumnsMeant:
    'unknown {count, plural, one {column} other {columns}} {columns} (did you mean {meant}?); columns: {known}',
  csvNotCommaSeparated: 'unknown column "{column}"; columns must be separated by commas',
  csvRoleMissing: 'missing (write mentor or mentee)',
  csvRoleMeant: '"{role}" is not a role — did you mean {meant}?',
  csvRoleUnknown: '"{role}" is not a role (write mentor or mentee)',
  csvTooManyCells: 'has {cells} cells but the header has {columns} columns (a comma that should be quoted?)',
  csvUnnamedColumnCell: 'cell {cell} ("{value}") is under a column with no name in the header',
  csvOtherRolesColumn: 'only {owner}s fill this column; this row is a {role}',
  csvPriorityNotWhole: '"{value}" is not a whole number (write e.g. 0, 1 or 2; higher goes first)',
  csvNameTwice: '"{name}" is already a {role} on line {firstLine}',
  csvTableTwice: '"{table}" is already the table of "{holder}" on line {firstLine}',
  csvNoMentor: '"{name}" names no mentor',
  csvNoMentorMeant: '"{name}" names no mentor — did you mean "{suggestion}"?',
  csvNoMentorIsMentee: '"{name}" names no mentor (that is a mentee)',
  csvAvoidWished: '"{name}" is also in wishes',
  csvPeersMixed: 'a file holds either peers or mentors and mentees, not both (one event pairs people one way)',
  csvNotForPeers: 'peers have none; this row is a peer',
  csvNoPeer: '"{name}" names no peer',
  csvNoPeerMeant: '"{name}" names no peer — did you mean "{suggestion}"?',
  csvNamesSelf: 'names the peer themself',
  // Where and what: `line 3: name: must not be empty`.
  line: 'line {line}',
  problemAt: '{where}: {problem}',
  fieldProblem: '{field}: {problem}',
  itemProblem: '{field} item {item}: {problem}',
} as const;
