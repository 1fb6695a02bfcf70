/**
 * Stable codes for the problems and refusals a person reads (issue 19): beside each English
 * `message` (a public contract, unchanged), an issue carries a `code` and its `params`, and a
 * refusal a `reason` and `params`, so that a client says it in the reader's language. A code
 * never changes meaning; a new meaning gets a new code. docs/api.md lists them with their English.
 */

import { CSV_ISSUE_CODES } from './csv-issue-codes';

/** The values a message's placeholders take: names, counts, limits. */
export type MessageParams = Record<string, string | number>;

/** A code and its params, as an issue or a refusal carries them. */
export interface Coded {
  code: string;
  params?: MessageParams;
}

/** An issue's English message with its code (a rule builds one, the caller adds the path). */
export interface CodedMessage extends Coded {
  message: string;
}

/**
 * The codes of field issues, each with the names of the params it always carries. `invalid`
 * is a problem without a code of its own: a client shows the English message.
 */
export const ISSUE_CODES = {
  // What zod finds in a field (shared/schemas/zod-issue-code.ts).
  required: [],
  wrongType: ['expected'],
  notWhole: [],
  empty: [],
  tooShort: ['min'],
  tooLong: ['max'],
  tooFew: ['min'],
  tooMany: ['max'],
  tooLow: ['min'],
  tooHigh: ['max'],
  notOneOf: ['options'],
  mustAccept: [],
  notEmail: [],
  badFormat: ['format'],
  invalid: [],
  // Fields a body does not have (shared/schemas/unknown-fields.ts) and a capped list (server/errors.ts).
  unknownField: [],
  unknownFieldMeant: ['suggestion'],
  moreUnknownFields: ['count'],
  moreProblems: ['count'],
  // The refinements of text fields (shared/schemas/common.ts, text.ts, meeting-url.ts).
  noVisibleCharacter: [],
  loneSurrogate: ['char'],
  lineBreak: ['char'],
  controlCharacter: ['char'],
  bidiControl: ['char'],
  semicolonInName: [],
  notHttps: [],
  timeOutOfRange: [],
  // The event's rules (shared/event/rules/).
  breakTwice: ['round'],
  breakAfterLast: ['rounds'],
  nameTaken: ['name', 'role', 'holder'],
  noOneNamed: ['name', 'role'],
  nameShared: ['name', 'count'],
  selfChosen: [],
  tableTaken: ['table', 'holder'],
  notForRole: ['role', 'field'],
  notForPeerSignup: ['field'],
  peerEventNoMentors: [],
  mentorGone: [],
  listedTwice: [],
  wishedAndAvoided: ['role'],
  // The participants CSV reader (shared/csv/; said by the console only, not the phones' catalogue).
  ...CSV_ISSUE_CODES,
} as const satisfies Record<string, readonly string[]>;

/** A field issue's code. */
export type IssueCode = keyof typeof ISSUE_CODES;

/** The codes of refusals (an error's `reason`), each with the names of its params. */
export const REASON_CODES = {
  signupLinkReplaced: [],
  signupClosed: [],
  signupEnded: [],
  signupClosesAt: ['closesAt'],
  signupFull: ['role'],
  signupRefused: [],
  signupRefusedBecause: ['reason'],
  tooManyWaiting: [],
  profileEnded: [],
  // What a mentee's or mentor's phone may be refused (its own `phoneRefusals` words, loaded on demand).
  checkInEnded: [],
  checkInStarted: [],
  noSuchPerson: ['personId'],
  personRemoved: [],
  noSuchMentee: [],
  questionsEnded: [],
  feedbackAbsent: [],
  notMetWith: ['name', 'round'],
  notMetInRound: ['round'],
  roundNotBegun: ['round'],
  feedbackClosed: [],
  noEmailToShare: [],
  noSuchEvent: [],
  changedElsewhere: [],
  unknownKey: [],
  signupCodeOnly: [],
  tooManyWrongKeys: [],
  tooManyRequests: [],
  tooManyFromAddress: [],
  tooManyChanges: [],
  tooManyLinkChanges: [],
  tooManyLinkMessages: [],
  serverFault: [],
} as const satisfies Record<string, readonly string[]>;

/** A refusal's code. */
export type ReasonCode = keyof typeof REASON_CODES;

// In a file of its own, so that a page that codes a zod issue (the phone) does not carry the tables above.
export { coded } from './coded';
