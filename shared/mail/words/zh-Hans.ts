import { zhCN } from 'date-fns/locale/zh-CN';
import type { MailWords } from '../mail-words';

/** The mail in Simplified Chinese. */
export const zhHans: MailWords = {
  lang: 'zh-Hans',
  dir: 'ltr',
  dateLocale: zhCN,
  patterns: { longDate: 'yyyy年M月d日 EEEE', shortDay: 'M月d日 EEE', time: 'HH:mm' },
  roles: {
    mentor: '导师',
    mentors: '导师',
    mentee: '学员',
    mentees: '学员',
    inline: { mentor: '导师', mentors: '导师', mentee: '学员', mentees: '学员' },
    custom: false,
  },
  subject: (event) => `您参加「${event}」的个人链接`,
  hello: (name) => `${name}，您好：`,
  pageFor: (event) => `这是您在「${event}」的个人页面：`,
  qrAlt: '您个人页面的二维码',
  aboutPage:
    '活动当天请用手机打开：页面会告诉您去哪里、见谁、还剩多少时间。' +
    '此链接仅供您本人使用，请勿转发。您也可以扫描本邮件中的二维码。',
  movingMentor: (w) =>
    `您的身份：${w.mentor}。本次由${w.mentors}换桌：每轮请前往下方列出的桌位；${w.mentees}留在原位。`,
  movingMentee: (w, table) =>
    table
      ? `您的身份：${w.mentee}。整场活动您都坐在 ${table} 号桌，${w.mentors}会来找您。`
      : `您的身份：${w.mentee}。整场活动您都坐在自己的桌位，${w.mentors}会来找您。`,
  mentorAt: (w, table) => `您的身份：${w.mentor}，桌号 ${table}。${w.mentees}会来找您。`,
  mentor: (w) => `您的身份：${w.mentor}。${w.mentees}会来到您的桌前。`,
  mentee: (w) => `您的身份：${w.mentee}。每轮您前往一位${w.mentor}的桌位。`,
  aboutProfile: (w) =>
    `活动前请完善您的个人资料，${w.mentees}会据此选择想见的人：简短介绍、您的话题，以及（线上桌位的）视频通话链接。`,
  completeProfile: '完善个人资料',
  round: (n) => `第 ${n} 轮`,
  youRest: '休息',
  nobodyAtTable: '您的桌位无人',
  noMentorComes: (w) => `本轮没有${w.mentor}来您的桌位`,
  sittingOut: '本轮轮空',
  timesIn: (zone, date) => `${zone} 时间，${date}`,
  scheduleTitle: (heading) => (heading ? `您的日程（${heading}）：` : '您的日程：'),
  notPlanned: '您的日程尚未排定：排定后会显示在您的页面上。',
  timesNotSet: '时间尚未确定：您的页面会显示时间，并始终显示最新日程。',
  mayChange: '日程仍可能变化：您的页面始终显示最新版本。',
  signoff: (event) => `— Tablehop，代表「${event}」的组织者`,
  heads: { round: '轮次', time: '时间', table: '桌位' },
};
