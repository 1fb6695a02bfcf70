import { nameKey } from '../../../../shared/schemas/text';
import type { Attendance } from '../../../../shared/schemas/people';
import { consoleRun } from '../../../i18n/catalogues/console-run';

/** One row of the check-in list. */
export interface CheckInRow {
  id: string;
  name: string;
  role: 'mentor' | 'mentee';
  table?: string;
  attendance: Attendance;
}

/**
 * The name key that tells two people apart (`nameKey`: case, accents and invisible characters
 * aside) without punctuation too, so "zoe" finds "Zoë", "jose" finds "José" and "obrien" finds
 * "O'Brien" (apostrophes, hyphens and dots are how names differ at the door).
 */
export function searchKey(text: string): string {
  return nameKey(text).replace(/\p{P}/gu, '').trim();
}

/**
 * Pure: the rows whose name (or table) contains every word of the query, mentors first. A word
 * may also run over the name's spaces, so "jrr" finds "J. R. R. Tolkien" and "vandermeer" "van der Meer".
 */
export function filterRows(rows: readonly CheckInRow[], query: string): CheckInRow[] {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    const hay = searchKey(`${r.name} ${r.table ?? ''}`);
    const solid = hay.replace(/\s+/g, '');
    return words.every((w) => hay.includes(w) || solid.includes(w));
  });
}

/** How many are here, expected, not coming and gone. */
export function attendanceCounts(rows: readonly CheckInRow[]): Record<Attendance, number> {
  const out: Record<Attendance, number> = { expected: 0, present: 0, absent: 0, left: 0 };
  for (const r of rows) out[r.attendance]++;
  return out;
}

const LABEL_KEY = {
  expected: 'stateExpected',
  present: 'statePresent',
  absent: 'stateAbsent',
  left: 'stateLeft',
} as const satisfies Record<Attendance, keyof typeof consoleRun.source>;

const IN_A_SENTENCE_KEY = {
  expected: 'statusExpected',
  present: 'statusPresent',
  absent: 'statusAbsent',
  left: 'statusLeft',
} as const satisfies Record<Attendance, keyof typeof consoleRun.source>;

/** The words for an attendance, as its badge shows them ("Not coming"). */
export function attendanceLabel(a: Attendance): string {
  return consoleRun.t(LABEL_KEY[a]);
}

/** The words for an attendance inside a sentence ("Zoë: not coming."), where English writes them small. */
export function attendanceInSentence(a: Attendance): string {
  return consoleRun.t(IN_A_SENTENCE_KEY[a]);
}

/**
 * The statuses a row offers besides "here" (tapping the name): an expected person may be a
 * no-show; once started, anyone in the room can leave. Every tap can be taken back: someone
 * marked here by mistake is "not here yet" again, a no-show "coming after all", and someone
 * who left "back in the room".
 */
export function otherActions(a: Attendance, started: boolean): { status: Attendance; label: string }[] {
  switch (a) {
    case 'expected':
      // Once started, someone never checked in may still be in the room (and then leave).
      return started
        ? [
            { status: 'absent', label: attendanceLabel('absent') },
            { status: 'left', label: attendanceLabel('left') },
          ]
        : [{ status: 'absent', label: attendanceLabel('absent') }];
    case 'present':
      return [
        { status: 'expected', label: consoleRun.t('actionNotHereYet') },
        started
          ? { status: 'left', label: attendanceLabel('left') }
          : { status: 'absent', label: attendanceLabel('absent') },
      ];
    case 'absent':
      return [{ status: 'expected', label: consoleRun.t('actionComingAfterAll') }];
    case 'left':
      return [{ status: 'present', label: consoleRun.t('actionBackInRoom') }];
  }
}
