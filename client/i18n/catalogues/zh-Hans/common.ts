import type { Translation } from '../../define-messages';
import type en from '../en/common';

export default {
  languageLabel: '语言',
  loading: '正在加载…',
  copy: '复制',
  copied: '已复制',
  copyByHandLabel: '手动复制的链接',
  copyByHandHint: '按 Ctrl+C（⌘C）复制',
  durationSeconds: '{s} 秒',
  durationMinutes: '{m} 分钟',
  durationHours: '{h} 小时',
  durationHoursMinutes: '{h} 小时 {m} 分钟',
  roleMentor: '导师',
  roleMentors: '导师',
  roleMentee: '学员',
  roleMentees: '学员',
  roleMentorInline: '导师',
  roleMentorsInline: '导师',
  roleMenteeInline: '学员',
  roleMenteesInline: '学员',
} satisfies Translation<typeof en>;
