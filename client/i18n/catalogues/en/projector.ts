// The projector: the big screen at the front of the room. Read from afar, so short.
// {mentor} {mentors} {mentees}: the event's role words (headings) or, in a sentence, their inline forms.
export default {
  pageTitle: '{event} · Projector',
  // The big line: what the whole room does now ({round} of {rounds}: "Round 3 of 8").
  headIdle: 'Starting soon — find your first table',
  headIdleMentorsMove: 'Starting soon — {mentees}, take your seat; {mentors}, go to your first table',
  headFinished: 'That’s all — thank you!',
  headMeeting: 'Round {round} of {rounds} — talk',
  headChangeover: 'Round {round} of {rounds} — move to your table',
  headChangeoverMentorsMove: 'Round {round} of {rounds} — {mentors} move, {mentees} stay',
  headBreak: 'Break — round {round} of {rounds} next',
  // What a screen reader announces while the clock is stopped ({headline}: one of the above).
  headPaused: '{headline} (paused)',
  // The countdown ({time}: "7:01") and the word under it
  timeLeft: 'Time left {time}',
  cuePaused: 'Paused',
  cueLastMinute: 'Last minute',
  cueEndingSoon: 'Ending soon',
  // Mentors moving: "Mentors move: Grace Hopper → T3" (the arrow points the way the line reads)
  movesHeading: '{mentors} move:',
  moveTo: '→ {table}',
  moveRests: 'rests',
  // The seating of the coming round
  seatingHeading: 'Round {round} seating',
  seatingPage: '· page {page} of {pages}',
  remoteBadge: 'online',
  tableRests: '— table rests —',
  sittingOut: 'Sitting out',
  sittingOutContinued: 'Sitting out (continued)',
  // The control strip ({input}: the number field, in seconds)
  controlsLabel: 'Projector settings',
  noSound: 'This browser cannot play sound.',
  enableSound: 'Enable sound',
  soundOn: 'Sound on ✓',
  soundFailed: 'Sound could not be turned on in this browser.',
  warnSetting: 'Warn {input} s before a round ends',
  fullScreen: 'Full screen',
  exitFullScreen: 'Exit full screen',
  // The page's states
  connecting: 'Getting the event from the server.',
  deleted: 'The organizer has deleted this event.',
  noKey: 'It has no projector key.',
  invalidAdvice: 'Copy the projector link from the organizer console again.',
  wrongLinkTitle: 'This is not the projector link',
  wrongLinkText: 'Open the projector link shown in the organizer console.',
  // Offline: {lead}, then why the plan may be out of date ({why}: empty when it is not), then {back}
  offlineLine: '{lead}{why}; {back}',
  offlineLead: 'Offline — showing the plan as of {time}',
  connectingLead: 'Connecting… showing the plan as of {time}',
  whyPaused: ', when the clock was paused: it may have changed since',
  whyNotStarted: ', before the start: the event may have started since',
  whyOld: ': the plan may have changed since',
  backOnline: 'it updates when you are back online.',
  backServer: 'it updates as soon as the server answers.',
  updateReady: 'A new version of this page is ready.',
  update: 'Update',
} as const;
