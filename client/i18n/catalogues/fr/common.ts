import type { Translation } from '../../define-messages';
import type en from '../en/common';

export default {
  languageLabel: 'Langue',
  loading: 'Chargement…',
  copy: 'Copier',
  copied: 'Copié',
  copyByHandLabel: 'Lien à copier à la main',
  copyByHandHint: 'Appuyez sur Ctrl+C (⌘C) pour copier',
  durationSeconds: '{s} s',
  durationMinutes: '{m} min',
  durationHours: '{h} h',
  durationHoursMinutes: '{h} h {m} min',
  roleMentor: 'Mentor',
  roleMentors: 'Mentors',
  roleMentee: 'Mentoré',
  roleMentees: 'Mentorés',
  roleMentorInline: 'mentor',
  roleMentorsInline: 'mentors',
  roleMenteeInline: 'mentoré',
  roleMenteesInline: 'mentorés',
} satisfies Translation<typeof en>;
