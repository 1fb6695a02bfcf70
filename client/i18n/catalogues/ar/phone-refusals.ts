import type en from '../en/phone-refusals';
import type { Translation } from '../../define-messages';

export default {
  checkInEnded: 'انتهت الفعالية؛ تسجيل الحضور مغلق.',
  checkInStarted: 'بدأت الفعالية: سجّل حضورك لدى المنظّم عند الباب.',
  noSuchPerson: 'لا يوجد شخص «{personId}» في هذه الفعالية.',
  personRemoved: 'أُزيل اسمك من هذه الفعالية.',
  noSuchMentee: 'لا يوجد هذا المسترشد في هذه الفعالية.',
  questionsEnded: 'انتهت الفعالية؛ لم يعد بالإمكان تغيير الأسئلة.',
  feedbackAbsent: 'أنت مسجّل كغائب، فلا لقاءات لك تقيّمها.',
  notMetWith: 'لم تجلس مع {name} في الجولة {round}.',
  notMetInRound: 'لم تجلس مع هذا الشخص في الجولة {round}.',
  roundNotBegun: 'لم تبدأ الجولة {round} بعد.',
  feedbackClosed: 'أُغلق التقييم لهذه الفعالية.',
  noEmailToShare: 'لا يوجد بريد إلكتروني لك في هذه الفعالية؛ شارك سطر تواصل بدلًا منه.',
  noSuchEvent: 'هذه الفعالية غير موجودة (أو لم تعد موجودة).',
  changedElsewhere: 'تغيّرت الفعالية في هذه الأثناء على خادم آخر؛ حاول مرة أخرى.',
  unknownKey: 'هذا الرابط غير معروف: ربما نُسخ بشكل خاطئ، أو حُذفت فعاليته.',
  signupCodeOnly: 'هذا رابط تسجيل: لا يفتح إلا صفحة التسجيل.',
  tooManyWrongKeys: 'روابط خاطئة كثيرة من هذه الشبكة؛ انتظر دقيقة.',
  tooManyRequests: 'طلبات كثيرة بهذا الرابط؛ تمهّل.',
  tooManyFromAddress: 'طلبات كثيرة من هذه الشبكة؛ انتظر دقيقة.',
  tooManyChanges: 'تغييرات كثيرة بهذا الرابط؛ انتظر بضع ثوانٍ.',
  tooManyLinkChanges: 'تغييرات كثيرة بهذا الرابط؛ تمهّل.',
  tooManyLinkMessages: 'رسائل كثيرة بهذا الرابط؛ تمهّل.',
  serverFault: 'حدث خطأ ما على الخادم؛ وسُجّل الخطأ.',
} satisfies Translation<typeof en>;
