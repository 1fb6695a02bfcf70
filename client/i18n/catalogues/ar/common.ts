import type { Translation } from '../../define-messages';
import type en from '../en/common';

export default {
  languageLabel: 'اللغة',
  loading: 'جارٍ التحميل…',
  copy: 'نسخ',
  copied: 'تم النسخ',
  copyByHandLabel: 'رابط للنسخ يدويًا',
  copyByHandHint: 'اضغط Ctrl+C (⌘C) للنسخ',
  durationSeconds: '{s, plural, one {ثانية واحدة} two {ثانيتان} few {# ثوانٍ} other {# ثانية}}',
  durationMinutes: '{m, plural, one {دقيقة واحدة} two {دقيقتان} few {# دقائق} other {# دقيقة}}',
  durationHours: '{h, plural, one {ساعة واحدة} two {ساعتان} few {# ساعات} other {# ساعة}}',
  durationHoursMinutes:
    '{h, plural, one {ساعة واحدة} two {ساعتان} few {# ساعات} other {# ساعة}} ' +
    'و{m, plural, one {دقيقة واحدة} two {دقيقتان} few {# دقائق} other {# دقيقة}}',
  roleMentor: 'مرشد',
  roleMentors: 'المرشدون',
  roleMentee: 'مسترشد',
  roleMentees: 'المسترشدون',
  roleMentorInline: 'مرشد',
  roleMentorsInline: 'مرشدين',
  roleMenteeInline: 'مسترشد',
  roleMenteesInline: 'مسترشدين',
} satisfies Translation<typeof en>;
