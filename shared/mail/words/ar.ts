import { ar as dateAr } from 'date-fns/locale/ar';
import type { MailWords } from '../mail-words';

/** The mail in Arabic (right to left); role words stand alone ("دورك: مرشد"), so an event's own words fit. */
export const ar: MailWords = {
  lang: 'ar',
  dir: 'rtl',
  dateLocale: dateAr,
  patterns: { longDate: 'EEEE d MMMM yyyy', shortDay: 'EEE d MMM', time: 'HH:mm' },
  roles: {
    mentor: 'مرشد',
    mentors: 'المرشدون',
    mentee: 'مسترشد',
    mentees: 'المسترشدون',
    inline: { mentor: 'مرشد', mentors: 'المرشدون', mentee: 'مسترشد', mentees: 'المسترشدون' },
    custom: false,
  },
  subject: (event) => `رابطك الشخصي لفعالية ${event}`,
  hello: (name) => `مرحبًا ${name}،`,
  pageFor: (event) => `هذه صفحتك الشخصية لفعالية ${event}:`,
  qrAlt: 'رمز QR لصفحتك الشخصية',
  aboutPage:
    'افتحها على هاتفك أثناء الفعالية: تُظهر لك أين تذهب ومن تقابل وكم بقي من الوقت. ' +
    'الرابط لك وحدك، فلا تُعِد توجيهه. يمكنك أيضًا مسح رمز QR في هذه الرسالة.',
  movingMentor: (w) =>
    `دورك: ${w.mentor}. ${w.mentors} يتنقلون بين الطاولات: في كل جولة تذهب إلى الطاولة المذكورة أدناه، ` +
    `ويبقى ${w.mentees} في أماكنهم.`,
  movingMentee: (w, table) =>
    table
      ? `دورك: ${w.mentee}. تبقى على الطاولة ${table} طوال الفعالية، و${w.mentors} يأتون إليك.`
      : `دورك: ${w.mentee}. تبقى على طاولتك طوال الفعالية، و${w.mentors} يأتون إليك.`,
  mentorAt: (w, table) => `دورك: ${w.mentor} على الطاولة ${table}. ${w.mentees} يأتون إليك.`,
  mentor: (w) => `دورك: ${w.mentor}. ${w.mentees} يأتون إلى طاولتك.`,
  mentee: (w) => `دورك: ${w.mentee}. في كل جولة تذهب إلى طاولة ${w.mentor} آخر.`,
  aboutProfile: (w) =>
    `قبل الفعالية، يُرجى إكمال ملفك الشخصي الذي يقرؤه ${w.mentees} عند اختيار من يقابلون: ` +
    'نبذة قصيرة، ومواضيعك، ورابط مكالمة الفيديو إن كانت طاولتك عن بُعد.',
  completeProfile: 'أكمل ملفك الشخصي',
  round: (n) => `الجولة ${n}`,
  youRest: 'استراحة',
  nobodyAtTable: 'لا أحد على طاولتك',
  noMentorComes: (w) => `لا يأتي ${w.mentor} إلى طاولتك`,
  sittingOut: 'لا جلسة لك',
  timesIn: (zone, date) => `الأوقات بتوقيت ${zone}، ${date}`,
  scheduleTitle: (heading) => (heading ? `جدولك (${heading}):` : 'جدولك:'),
  notPlanned: 'لم يُخطَّط جدولك بعد: ستعرضه صفحتك فور تخطيطه.',
  timesNotSet: 'لم تُحدَّد الأوقات بعد: ستعرضها صفحتك، ودائمًا أحدث جدول.',
  mayChange: 'قد يتغير الجدول: صفحتك تعرض دائمًا أحدث نسخة.',
  signoff: (event) => `— Tablehop، نيابةً عن منظمي ${event}`,
  heads: { round: 'الجولة', time: 'الوقت', table: 'الطاولة' },
};
