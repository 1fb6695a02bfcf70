import type { Translation } from '../../define-messages';
import type en from '../en/common';

export default {
  languageLabel: 'Sprache',
  loading: 'Wird geladen …',
  copy: 'Kopieren',
  copied: 'Kopiert',
  copyByHandLabel: 'Link zum Kopieren von Hand',
  copyByHandHint: 'Zum Kopieren Strg+C (⌘C) drücken',
  durationSeconds: '{s} s',
  durationMinutes: '{m} Min.',
  durationHours: '{h} Std.',
  durationHoursMinutes: '{h} Std. {m} Min.',
  roleMentor: 'Mentor',
  roleMentors: 'Mentoren',
  roleMentee: 'Mentee',
  roleMentees: 'Mentees',
  roleMentorInline: 'Mentor',
  roleMentorsInline: 'Mentoren',
  roleMenteeInline: 'Mentee',
  roleMenteesInline: 'Mentees',
} satisfies Translation<typeof en>;
