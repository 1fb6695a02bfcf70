// The organizer console's frame (the page, its tabs, the save-link notice, the localhost warning)
// and the door changes' banner and replan review. {mentor}/{mentee}…: the event's role words;
// {name}, {who}, {mentor}, {before}…: names or phrases with names, isolated on screen.
export default {
  // The page and its tabs
  eventDeletedTitle: 'Event deleted · Tablehop',
  consoleHeading: 'Organizer console',
  needsKey: 'This console needs the organizer key.',
  needsKeyHow:
    'Open the console link you got when you created the event (it ends in {key}), or paste the link or the key here.',
  pasteKeyLabel: 'Console link or organizer key',
  openConsole: 'Open the console',
  createNewEvent: 'Create a new event',
  titleOfEvent: '{event} · Tablehop console',
  titleNoEvent: 'Tablehop console',
  eventWasDeleted: 'This event was deleted.',
  wrongKey: 'This key does not open this event. Check that you used the whole console link.',
  noSuchEvent: 'There is no such event. It may have been deleted.',
  offline: 'Offline: the console needs the server; the clock controls are off',
  kicker: '<home>Tablehop</home> · organizer console',
  loadingName: 'Loading…',
  outdatedHeading: 'This console is out of date',
  replacedHeading: 'This console is open in too many places',
  changesAtDoor: 'Changes at the door',
  tabsLabel: 'Console sections',
  tabPeople: 'People ({count})',
  panelPeople: 'People',
  tabCheckIn: 'Check-in',
  tabPlan: 'Plan',
  tabRun: 'Run',
  tabPrint: 'Print & backup',
  panelPrint: 'Print and backup',
  tabReport: 'Report',
  loadingEvent: 'Loading the event…',
  // Save the console link (right after creating the event)
  saveLinkTitle: 'Save this link — it is the only way back in as organizer',
  saveLinkWhy:
    'There are no accounts: this link holds your organizer key. Bookmark it or keep it somewhere safe, and do ' +
    'not share it: whoever has it can change the event.',
  yourConsoleLink: 'Your console link',
  copyConsoleLink: 'Copy the console link',
  savedIt: 'I have saved it',
  // Links pointing to localhost ({host}…: an address or a setting's name, kept as written;
  // restartLocal and publicUrlWhere are one sentence, shown one after the other)
  phonesCannotOpen: 'Phones cannot open these links',
  linksPointTo: 'Every personal link and QR code points to {host}, which only this computer can open.',
  listensLocally: 'Tablehop listens on this computer only.',
  restartLocal:
    "Restart it without {host} (or with {anyHost}) and open the console at this computer's network address,",
  publicUrlWhere: 'or set {publicUrl} to the address phones use.',
  publicUrlLocal: '<code>TABLEHOP_PUBLIC_URL</code> is set to a localhost address: set it to the address phones use.',
  openAtLan: "Open the console at this computer's network address instead; every link and QR code then uses it:",
  sameNetwork: 'Phones must be on the same network (the venue Wi-Fi) as this computer.',
  // Changes at the door, not in the seating yet ({who}: a name, {table}: a table label)
  pendingTitle: '{count, plural, one {# change at the door} other {# changes at the door}} not in the seating yet',
  reviewAndApply: 'Review and apply',
  whoAtTable: '{name} ({table})',
  mentorHere: '{who} is here: their table opens',
  menteeHere: '{who} is here: needs a seat',
  mentorLeft: '{who} left: their table closes',
  mentorNotComing: '{who} is not coming: their table closes',
  menteeLeft: '{who} left: to be taken out of the seating',
  menteeNotComing: '{who} is not coming: to be taken out of the seating',
  applied: 'Applied.',
  appliedTold: 'Applied. {count, plural, one {# person was} other {# people were}} told about their new seats.',
  // The review of a replan
  reviewCheckedIn: 'Plan with the checked-in people only',
  reviewTitle: 'Review the changes',
  notApplied: 'Not applied: {why}. Here is the difference as it stands now.',
  working: 'Working out the difference…',
  markedAbsent:
    '{count, plural, other {# not checked in will be marked “not coming” (check them in later to seat them).}}',
  qualityCaption: 'Plan quality: now, as the Plan tab shows it, and after applying',
  colFigure: 'Figure',
  colNow: 'Now',
  colAfter: 'After applying',
  cancel: 'Cancel',
  tryAgain: 'Try again',
  applying: 'Applying…',
  apply: 'Apply',
  // Who moves where, in words ({mentor}: a name; {rounds}: roundOne or roundRange)
  atTable: '{table} — {mentor}',
  sitsOut: 'sits out',
  noSeat: 'no seat',
  seatChange: 'Round {round}: {before} → {after}',
  roundOne: 'round {round}',
  roundRange: 'rounds {from}–{to}',
  tableCloses: 'Table {table} closes for {rounds}',
  tableOpens: 'Table {table} opens for {rounds}',
  atTableChange: 'Round {round}: {arriving} instead of {leaving}',
  noOne: 'no one',
  unchanged: 'The seating already follows everyone who is here: nothing would change.',
  // The summary, in pieces joined by summary ({s}: "yes" when the English plural ends in s)
  menteesMove: '{moving, plural, one {# {mentee} moves} other {# {mentees} move}}',
  menteesJoin: '{joining, plural, one {# {mentee} joins} other {# {mentees} join}}, {others}',
  othersMove: '{moving, plural, =0 {no one else moves} one {# other {mentee} moves} other {# other {mentees} move}}',
  tablesChange:
    '{n, plural, one {# {mentor}’s table changes} other {# {mentors}{s, select, yes {’} other {’s}} tables change}}',
  summary: 'From round {round}: {moves}, {tables}. Only their phones are told; rounds already begun stay as they are.',
  // The countdown's spoken label ({time}: 4:59)
  timeLeft: 'Time left {time}',
} as const;
