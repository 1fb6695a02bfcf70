import type { Translation } from '../../define-messages';
import type en from '../en/console-csv';

export default {
  csvEmptyFile: 'الملف فارغ؛ يُتوقع صف عناوين مثل role,name,table,questions,wishes,avoid',
  csvUnclosedQuote: 'خلية بين علامتي تنصيص لا تُغلق أبدًا (تنقص علامة ")',
  csvTextAfterQuote: 'في خلية بين علامتي تنصيص نص بعد علامة الإغلاق (اكتب "" لعلامة تنصيص داخل خلية بين علامتي تنصيص)',
  csvMissingColumns:
    'في صف العناوين {count, plural, one {عمود مطلوب ناقص} two {عمودان مطلوبان ناقصان} other {أعمدة مطلوبة ناقصة}}: ' +
    '{columns}',
  csvColumnTwice: 'العمود "{column}" مذكور مرتين في صف العناوين',
  csvUnknownColumns:
    '{count, plural, one {عمود غير معروف} two {عمودان غير معروفين} other {أعمدة غير معروفة}} {columns}؛ ' +
    'الأعمدة هي {known}',
  csvUnknownColumnsMeant:
    '{count, plural, one {عمود غير معروف} two {عمودان غير معروفين} other {أعمدة غير معروفة}} {columns} ' +
    '(هل تقصد {meant}؟)؛ الأعمدة هي {known}',
  csvNotCommaSeparated: 'عمود غير معروف "{column}"؛ يجب الفصل بين الأعمدة بفواصل',
  csvRoleMissing: 'مفقود (اكتب mentor أو mentee)',
  csvRoleMeant: '"{role}" ليس دورًا — هل تقصد {meant}؟',
  csvRoleUnknown: '"{role}" ليس دورًا (اكتب mentor أو mentee)',
  csvTooManyCells:
    'فيه {cells, plural, few {# خلايا} other {# خلية}} لكن صف العناوين فيه ' +
    '{columns, plural, two {عمودان} few {# أعمدة} many {# عمودًا} other {# عمود}} فقط ' +
    '(فاصلة يجب وضعها بين علامتي تنصيص؟)',
  csvUnnamedColumnCell: 'الخلية {cell} ("{value}") تقع تحت عمود بلا اسم في صف العناوين',
  csvOtherRolesColumn:
    'هذا العمود {owner, select, mentor {للمرشدين} other {للمسترشدين}} فقط؛ وهذا الصف ' +
    '{role, select, mentor {لمرشد} mentee {لمسترشد} other {لمشارك}}',
  csvPriorityNotWhole: '"{value}" ليس عددًا صحيحًا (اكتب مثلًا 0 أو 1 أو 2؛ الأعلى أولًا)',
  csvNameTwice:
    '"{name}" مسجّل بالفعل بصفة {role, select, mentor {مرشد} mentee {مسترشد} other {مشارك}} في السطر {firstLine}',
  csvTableTwice: '"{table}" هي بالفعل طاولة "{holder}" في السطر {firstLine}',
  csvNoMentor: 'لا يوجد في الملف مرشد باسم "{name}"',
  csvNoMentorMeant: 'لا يوجد في الملف مرشد باسم "{name}" — هل تقصد "{suggestion}"؟',
  csvNoMentorIsMentee: 'لا يوجد في الملف مرشد باسم "{name}" (هذا مسترشد)',
  csvAvoidWished: '"{name}" موجود أيضًا في العمود wishes',
  csvPeersMixed:
    'يضم الملف إما مشاركين (peer) وإما مرشدين ومسترشدين، لا الاثنين معًا (تُكوّن الفعالية الأزواج بطريقة واحدة)',
  csvNotForPeers: 'ليس هذا للمشاركين (peer)؛ وهذا الصف لمشارك',
  csvNoPeer: 'لا يوجد في الملف مشارك باسم "{name}"',
  csvNoPeerMeant: 'لا يوجد في الملف مشارك باسم "{name}" — هل تقصد "{suggestion}"؟',
  csvNamesSelf: 'يذكر المشارك نفسه',
  line: 'السطر {line}',
  problemAt: '{where}: {problem}',
  fieldProblem: '{field}: {problem}',
  itemProblem: '{field}، العنصر {item}: {problem}',
} satisfies Translation<typeof en>;
