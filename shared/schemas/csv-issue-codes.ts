/**
 * The codes of the problems the participants CSV reader finds (shared/csv/), each with the names
 * of the params it always carries (issue 19). An issue about a column also carries `field`, the
 * column its message starts with, and `item` (from 1) for an item of a list cell (`topics item 2`);
 * they are where the problem is, not part of its words. Names and cells are given as the message
 * shows them inside its quotes (invisible characters escaped, long ones shortened); a list of them
 * (`columns`, `meant`) is given quoted and comma-separated, as the message lists them.
 */
export const CSV_ISSUE_CODES = {
  // The file and its syntax (read-rows.ts, parse-participants.ts).
  csvEmptyFile: [],
  csvUnclosedQuote: [],
  csvTextAfterQuote: [],
  // The header row (header.ts).
  csvMissingColumns: ['columns', 'count'],
  csvColumnTwice: ['column'],
  csvUnknownColumns: ['columns', 'count', 'known'],
  csvUnknownColumnsMeant: ['columns', 'count', 'meant', 'known'],
  csvNotCommaSeparated: ['column'],
  // One row on its own (rows.ts).
  csvRoleMissing: [],
  csvRoleMeant: ['role', 'meant'],
  csvRoleUnknown: ['role'],
  csvTooManyCells: ['cells', 'columns'],
  csvUnnamedColumnCell: ['cell', 'value'],
  csvOtherRolesColumn: ['role', 'owner'],
  csvPriorityNotWhole: ['value'],
  // Rows compared (cross-checks.ts, peer-rows.ts).
  csvNameTwice: ['name', 'role', 'firstLine'],
  csvTableTwice: ['table', 'holder', 'firstLine'],
  csvNoMentor: ['name'],
  csvNoMentorMeant: ['name', 'suggestion'],
  csvNoMentorIsMentee: ['name'],
  csvAvoidWished: ['name'],
  csvPeersMixed: [],
  csvNotForPeers: [],
  csvNoPeer: ['name'],
  csvNoPeerMeant: ['name', 'suggestion'],
  csvNamesSelf: [],
} as const satisfies Record<string, readonly string[]>;

/** A CSV problem's code. */
export type CsvIssueCode = keyof typeof CSV_ISSUE_CODES;

/** The params that say where in a CSV line a problem is, beside those its code lists. */
export const CSV_PLACE_PARAMS = ['field', 'item'] as const;
