import type en from '../en/phone-refusals';
import type { Translation } from '../../define-messages';

export default {
  checkInEnded: '活动已结束，签到已关闭。',
  checkInStarted: '活动已开始：请到门口找组织者签到。',
  noSuchPerson: '此活动中没有“{personId}”这个人。',
  personRemoved: '你已被移出此活动。',
  noSuchMentee: '此活动中没有这位学员。',
  questionsEnded: '活动已结束，问题无法再修改。',
  feedbackAbsent: '你被标记为未到场，因此没有可以评价的会面。',
  notMetWith: '第 {round} 轮你没有和 {name} 同桌。',
  notMetInRound: '第 {round} 轮你没有和此人同桌。',
  roundNotBegun: '第 {round} 轮尚未开始。',
  feedbackClosed: '此活动的评价已关闭。',
  noEmailToShare: '此活动中没有你的电子邮件地址；请改为分享一行联系方式。',
  noSuchEvent: '此活动不存在（或已不存在）。',
  changedElsewhere: '活动在此期间已在另一台服务器上更改；请重试。',
  unknownKey: '无法识别此链接：可能输入有误，或其活动已被删除。',
  signupCodeOnly: '这是报名链接：只能打开报名页面。',
  tooManyWrongKeys: '此网络发出的错误链接太多；请等一分钟。',
  tooManyRequests: '使用此链接的请求太多；请放慢。',
  tooManyFromAddress: '此网络发出的请求太多；请等一分钟。',
  tooManyChanges: '使用此链接的更改太多；请等几秒钟。',
  tooManyLinkChanges: '使用此链接的更改太多；请放慢。',
  tooManyLinkMessages: '使用此链接的消息太多；请放慢。',
  serverFault: '服务器出了问题；错误已记录。',
} satisfies Translation<typeof en>;
