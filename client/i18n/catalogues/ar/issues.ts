import type { Translation } from '../../define-messages';
import type en from '../en/issues';

export default {
  required: 'حقل مطلوب',
  wrongType: 'نوع القيمة غير صحيح',
  notWhole: 'يجب أن يكون عددًا صحيحًا',
  empty: 'يجب ألا يكون فارغًا',
  tooShort: 'يجب ألا يقل عن {min, number} حرفًا',
  tooLong: 'يجب ألا يزيد على {max, number} حرفًا',
  tooFew:
    'يجب أن يضم {min, plural, zero {# عنصر على الأقل} one {عنصرًا واحدًا على الأقل} two {عنصرين على الأقل} ' +
    'few {# عناصر على الأقل} many {# عنصرًا على الأقل} other {# عنصر على الأقل}}',
  tooMany:
    'يجب ألا يضم أكثر من {max, plural, zero {# عنصر} one {عنصر واحد} two {عنصرين} few {# عناصر} ' +
    'many {# عنصرًا} other {# عنصر}}',
  tooLow: 'يجب ألا يقل عن {min, number}',
  tooHigh: 'يجب ألا يزيد على {max, number}',
  notOneOf: 'يجب أن يكون واحدًا من: {options}',
  mustAccept: 'يجب الموافقة للمتابعة',
  notEmail: 'ليس عنوان بريد إلكتروني',
  badFormat: 'ليس بالصيغة المتوقعة',
  unknownField: 'ليس حقلًا يعرفه هذا النموذج',
  unknownFieldMeant: 'ليس حقلًا يعرفه هذا النموذج (هل تقصد "{suggestion}"؟)',
  moreUnknownFields:
    'و{count, plural, zero {# حقل مجهول آخر} one {حقل مجهول آخر} two {حقلان مجهولان آخران} ' +
    'few {# حقول مجهولة أخرى} many {# حقلًا مجهولًا آخر} other {# حقل مجهول آخر}}',
  moreProblems:
    'و{count, plural, zero {# مشكلة أخرى} one {مشكلة أخرى} two {مشكلتان أخريان} few {# مشكلات أخرى} ' +
    'many {# مشكلة أخرى} other {# مشكلة أخرى}}',
  noVisibleCharacter: 'يجب أن يحتوي على حرف ظاهر واحد على الأقل',
  loneSurrogate: 'يحتوي على حرف تالف ({char})',
  lineBreak: 'يجب أن يكون سطرًا واحدًا (يحتوي على فاصل سطر أو علامة جدولة، {char})',
  controlCharacter: 'يحتوي على حرف تحكم غير مرئي ({char})',
  bidiControl: 'يحتوي على حرف يعكس اتجاه النص ({char})',
  semicolonInName: 'يجب ألا يحتوي على ";"',
  notHttps: 'يجب أن يكون رابطًا يبدأ بـ https://',
  timeOutOfRange: 'يجب أن يكون وقتًا بين عامي 2000 و2100',
  breakTwice: 'توجد استراحة بعد الجولة {round} بالفعل',
  breakAfterLast: 'يجب أن تكون قبل الجولة الأخيرة ({rounds})',
  nameTaken: 'هذا الاسم مستخدم بالفعل في هذه الفعالية ("{holder}")',
  noOneNamed: 'لا أحد في هذه الفعالية باسم "{name}"',
  nameShared: 'يحمل {count} أشخاص اسم "{name}"',
  selfChosen: 'لا يمكنك اختيار نفسك',
  tableTaken: 'الطاولة "{table}" محجوزة بالفعل لـ {holder}',
  notForRole: 'غير مطلوب لدورك',
  notForPeerSignup: 'غير مطلوب عند التسجيل في هذه الفعالية',
  peerEventNoMentors: 'يشارك الجميع في هذه الفعالية بصفة مشاركين',
  mentorGone: 'لم يعد هذا الشخص في القائمة: أعد تحميل الصفحة',
  listedTwice: 'مذكور مرتين في القائمة',
  wishedAndAvoided: 'لا يمكن أن يكون الشخص نفسه مرغوبًا ومُتجنَّبًا في آن واحد',
  signupLinkReplaced: 'تم استبدال رابط التسجيل هذا: اطلب الرابط الجديد من المنظمين.',
  signupClosed: 'التسجيل مغلق.',
  signupEnded: 'انتهت الفعالية؛ التسجيل مغلق.',
  signupClosesAt: 'أُغلق التسجيل في {closesAt}.',
  signupFull: 'التسجيل مكتمل: لم يعد هناك مكان.',
  signupRefused: 'رُفض التسجيل بهذا البريد الإلكتروني.',
  signupRefusedBecause: 'رُفض التسجيل بهذا البريد الإلكتروني: {reason}',
  tooManyWaiting: 'هناك تسجيلات كثيرة تنتظر المنظمين؛ يُرجى المحاولة لاحقًا.',
  profileEnded: 'انتهت الفعالية؛ لم يعد بالإمكان تغيير الملفات الشخصية.',
} satisfies Translation<typeof en>;
