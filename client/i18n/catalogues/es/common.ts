import type { Translation } from '../../define-messages';
import type en from '../en/common';

export default {
  languageLabel: 'Idioma',
  loading: 'Cargando…',
  copy: 'Copiar',
  copied: 'Copiado',
  copyByHandLabel: 'Enlace para copiar a mano',
  copyByHandHint: 'Pulsa Ctrl+C (⌘C) para copiar',
  durationSeconds: '{s} s',
  durationMinutes: '{m} min',
  durationHours: '{h} h',
  durationHoursMinutes: '{h} h {m} min',
  roleMentor: 'Mentor',
  roleMentors: 'Mentores',
  roleMentee: 'Mentorizado',
  roleMentees: 'Mentorizados',
  roleMentorInline: 'mentor',
  roleMentorsInline: 'mentores',
  roleMenteeInline: 'mentorizado',
  roleMenteesInline: 'mentorizados',
} satisfies Translation<typeof en>;
