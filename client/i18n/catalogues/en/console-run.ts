// The organizer console's Run tab (the clock, where everyone is, the links) and its Check-in tab.
// {mentors}: the event's role word as used in a sentence; {name}: a person's name; {why}: the
// server's reason, as it sent it; {phase}: where the clock is, one of the phase messages below.
export default {
  // Where the clock is ({round} of {rounds}: "Round 3 of 6")
  phaseIdle: 'Not started yet',
  phaseFinished: 'The event has ended',
  phaseMeeting: 'Round {round} of {rounds} · talking',
  phaseChangeover: 'Round {round} of {rounds} · changeover',
  phaseBreak: 'Break · then round {round} of {rounds}',
  phasePaused: '{phase} · paused',
  nextPhase: 'Next: {phase}',
  nextEnd: 'Next: the end of the event',
  connecting: 'Connecting…',
  roundsPlanned: '{count, plural, one {# round planned} other {# rounds planned}}',
  // The clock's buttons (also the {verb} of the messages after a press)
  controlsLabel: 'Clock controls',
  verbStart: 'Start',
  verbPause: 'Pause',
  verbResume: 'Resume',
  verbExtend: '+1 min',
  verbSkip: 'Skip',
  verbEnd: 'End',
  endButton: 'End…',
  offline:
    'This console is offline, so the clock controls are off: a command cannot reach the server, and none is kept ' +
    'for later. The phones and the projector keep counting by themselves; the controls come back with the connection.',
  addMentorsFirst: 'Add {mentors} and plan the rotation before starting.',
  undo: 'Undo',
  undoEnd: 'Undo the end',
  undoSkip: 'Undo the skip',
  rehearsing: 'Rehearsing before people arrive?',
  resetButton: 'Reset the clock…',
  // The questions before an end, a skip past the last round, a reset
  endTitle: 'End the event now?',
  endConfirm: 'End the event',
  keepGoing: 'Keep going',
  endBody: 'The clock stops for everyone. Now: {phase}.',
  undoWindow: 'You can undo it for 10 seconds.',
  skipEndTitle: 'Skip past the last round?',
  skipEndBody: 'This is the last round: skipping it ends the event for everyone. Now: {phase}.',
  resetTitle: 'Reset the clock?',
  resetConfirm: 'Reset the clock',
  keepClock: 'Keep the clock',
  resetBody:
    'For a rehearsal: the clock goes back to “not started” on every screen. People, check-ins and the plan stay as ' +
    'they are.',
  resetRanLong:
    'The clock has run for {ran}. If the event is really under way, everyone’s screens go back to the start.',
  ranSeconds: '{count, plural, one {# second} other {# seconds}}',
  ranMinutes: '{count, plural, one {# minute} other {# minutes}}',
  // After a press ({verb}: the button's word above)
  // A double-click's second press, refused as it should be
  onceStart: 'Started once — the second press was ignored.',
  oncePause: 'Paused once — the second press was ignored.',
  onceResume: 'Resumed once — the second press was ignored.',
  onceExtend: 'Added one minute once — the second press was ignored.',
  onceSkip: 'Skipped once — the second press was ignored.',
  onceEnd: 'Ended once — the second press was ignored.',
  movedOn: '{verb} did nothing: the clock had already moved on.',
  movedOnNow: '{verb} did nothing: the clock had already moved on. Now: {phase}.',
  refused: '{verb} refused: {why}. Nothing changed.',
  failed: '{verb} failed: {why}',
  started: 'Started: {phase}.',
  paused: 'Paused.',
  resumed: 'Resumed.',
  extended: 'Added one minute.',
  skippedToEnd: 'Skipped past the last round: the event has ended.',
  skippedTo: 'Skipped to {phase}.',
  ended: 'The event has ended.',
  undone: 'Undone: back to {phase}.',
  notUndone: 'Nothing was undone: {why}.',
  resetDone: 'The clock is reset: not started yet. People, check-ins and the plan are kept.',
  resetFailed: 'The clock was not reset: {why}.',
  // Where everyone is ({round}: the round shown)
  seatingTitle: 'Where everyone is',
  noSeating: 'No plan yet, or the event has ended.',
  seatingNow: 'Now: round {round}',
  seatingNext: 'Coming up: round {round}',
  seatWith: 'with',
  tableRests: 'no one (table rests)',
  sittingOut: 'Sitting out:',
  // The links
  projectorName: 'Projector',
  projectorWhat: 'read-only: countdown and seating for the big screen',
  linksTitle: 'Links',
  personalLinks: 'Personal links',
  linksHint:
    "Each link is that person's own page: send it to them, or let them scan the QR code. Anyone with a link sees " +
    "that person's page.",
  findPerson: 'Find a person',
  noOneYet: 'No one yet.',
  open: 'Open',
  openLabel: 'Open the page of {name}',
  copyLabel: 'Copy the link of {name}',
  qr: 'QR',
  qrLabel: 'QR code of {name}',
  qrAlt: 'QR code: the page of {name}',
  // Check-in
  checkInTitle: 'Check-in',
  checkInFind: 'Find a person to check in',
  checkInPlaceholder: 'Name or table',
  checkInCounts:
    '{present} of {total} here · {expected} expected · {absent} not coming{left, plural, =0 {} other { · # left}}',
  checkInHintIdle:
    'Tap a name to mark them here. People can also check themselves in from their personal link. Walk-ins: add ' +
    'them on the People tab.',
  checkInHintStarted:
    'Tap a name to mark them here. Late arrivals join from the next round that has not begun. Walk-ins: add them ' +
    'on the People tab.',
  stateExpected: 'Expected',
  statePresent: 'Here',
  stateAbsent: 'Not coming',
  stateLeft: 'Left',
  actionNotHereYet: 'Not here yet',
  actionComingAfterAll: 'Coming after all',
  actionBackInRoom: 'Back in the room',
  actionLabel: '{action}: {name}',
  // After a tap ({status}: one of the words below, as in a sentence)
  marked: '{name}: {status}.',
  markedWaiting: '{name}: {status}. Review the changes above to update the seating.',
  markedBack: '{name}: back to {status}.',
  markedBackWaiting: '{name}: back to {status}. Review the changes above to update the seating.',
  markFailed: '{name}: {why}',
  undoTapLabel: 'Undo: {name} back to {status}',
  statusExpected: 'expected',
  statusPresent: 'here',
  statusAbsent: 'not coming',
  statusLeft: 'left',
  noPeople: 'No people yet.',
  noMatch: 'No one by that name.',
  // The key that pauses and resumes, as its keycap is called (the shortcut stays the space bar)
  spaceKey: 'Space',
} as const;
