// Words every screen shares: the language menu, Copy, durations. The source of the key types.
export default {
  languageLabel: 'Language',
  loading: 'Loading…',
  copy: 'Copy',
  copied: 'Copied',
  copyByHandLabel: 'Link to copy by hand',
  copyByHandHint: 'Press Ctrl+C (⌘C) to copy',
  durationSeconds: '{s} s',
  durationMinutes: '{m} min',
  durationHours: '{h} h',
  durationHoursMinutes: '{h} h {m} min',
  // The roles, when the event did not name them itself (settings.labels): heading, then in a sentence.
  roleMentor: 'Mentor',
  roleMentors: 'Mentors',
  roleMentee: 'Mentee',
  roleMentees: 'Mentees',
  roleMentorInline: 'mentor',
  roleMentorsInline: 'mentors',
  roleMenteeInline: 'mentee',
  roleMenteesInline: 'mentees',
} as const;
