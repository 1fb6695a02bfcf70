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
} satisfies Translation<typeof en>;
