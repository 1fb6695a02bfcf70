import { format } from 'date-fns';
import { consolePlan } from '../../../i18n/catalogues/console-plan';

/** A planned start as the date and time inputs show it, in this browser's time zone. */
export function startInputs(ms: number | null): { date: string; time: string } {
  if (ms === null) return { date: '', time: '' };
  return { date: format(ms, 'yyyy-MM-dd'), time: format(ms, 'HH:mm') };
}

/**
 * The epoch ms of a date (`yyyy-mm-dd`) and time (`hh:mm`) typed in this browser's time zone,
 * or an error to show. Both empty means "no planned start" (null).
 */
export function startFromInputs(
  date: string,
  time: string,
): { ok: true; value: number | null } | { ok: false; error: string } {
  const d = date.trim();
  const t = time.trim();
  if (d === '' && t === '') return { ok: true, value: null };
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!dm) return { ok: false, error: consolePlan.t('enterDate') };
  const tm = /^(\d{1,2}):(\d{2})$/.exec(t);
  if (!tm) return { ok: false, error: consolePlan.t('enterTime') };
  const [y, mo, day, h, mi] = [Number(dm[1]), Number(dm[2]), Number(dm[3]), Number(tm[1]), Number(tm[2])];
  const when = new Date(y, mo - 1, day, h, mi);
  if (when.getFullYear() !== y || when.getMonth() !== mo - 1 || when.getDate() !== day || h > 23 || mi > 59) {
    return { ok: false, error: consolePlan.t('noSuchDate') };
  }
  return { ok: true, value: when.getTime() };
}
