// Why the server refused what a phone (/p) sent or asked, by the refusal's stable code (issue 19,
// shared/schemas/issue-codes.ts): full sentences, as they stand inside tellFailed, notSavedBecause
// and notSavedWhy. A namespace of its own, fetched only when a refusal is shown (the phone's budget).
// {name}: a person's name; {round}: a round number; {personId}: a person's id.
export default {
  // Checking in and "I'm here after all"
  checkInEnded: 'The event has ended; check-in is closed.',
  checkInStarted: 'The event has started: check in with the organizer at the door.',
  noSuchPerson: 'There is no person “{personId}” in this event.',
  // This link's person, questions and feedback
  personRemoved: 'You were removed from this event.',
  noSuchMentee: 'There is no such mentee in this event.',
  questionsEnded: 'The event has ended; questions can no longer change.',
  feedbackAbsent: 'You are marked as not here, so there are no meetings to give feedback on.',
  notMetWith: 'You did not sit with {name} in round {round}.',
  notMetInRound: 'You did not sit with this person in round {round}.',
  roundNotBegun: 'Round {round} has not begun yet.',
  feedbackClosed: 'Feedback for this event has closed.',
  noEmailToShare: 'There is no e-mail address for you in this event; share a contact line instead.',
  // The event and the link
  noSuchEvent: 'This event does not exist (any more).',
  changedElsewhere: 'The event changed on another server meanwhile; try again.',
  unknownKey: 'This link is not known: it may be mistyped, or its event was deleted.',
  signupCodeOnly: 'This is a sign-up link: it opens only the sign-up page.',
  // Too much at once, or a fault
  tooManyWrongKeys: 'Too many wrong links from this network; wait a minute.',
  tooManyRequests: 'Too many requests with this link; slow down.',
  tooManyFromAddress: 'Too many requests from this network; wait a minute.',
  tooManyChanges: 'Too many changes with this link; wait a few seconds.',
  tooManyLinkChanges: 'Too many changes with this link; slow down.',
  tooManyLinkMessages: 'Too many messages with this link; slow down.',
  serverFault: 'Something went wrong on the server; the error was logged.',
} as const;
