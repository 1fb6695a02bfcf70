import { describe, expect, it } from 'vitest';
import { formatClockTime, uses12Hours } from '../../../client/live/clock-time';
import { loadDateLocale, localeKeyFor } from '../../../client/live/date-locale';

// 14:05 local time, whatever time zone the test runs in.
const at = new Date(2030, 0, 15, 14, 5, 0).getTime();

describe('formatClockTime', () => {
  it('writes the time as the phone’s language does without a loaded locale', () => {
    expect(formatClockTime(at, null, 'de-DE')).toBe('14:05');
    expect(formatClockTime(at, null, 'en-US')).toBe('2:05 PM');
  });

  it('uses a loaded date-fns locale', async () => {
    const de = await loadDateLocale('de-AT');
    expect(de?.code).toBe('de');
    expect(formatClockTime(at, de, 'en-US')).toBe('14:05');
    const us = await loadDateLocale('en-US');
    expect(formatClockTime(at, us)).toBe('2:05 PM');
  });

  it('knows which languages read 12-hour clocks', () => {
    expect(uses12Hours('en-US')).toBe(true);
    expect(uses12Hours('fr-FR')).toBe(false);
    expect(uses12Hours('not a tag!')).toBe(false);
  });
});

describe('localeKeyFor', () => {
  it('picks the closest bundled locale', () => {
    expect(localeKeyFor('en-GB')).toBe('en-GB');
    expect(localeKeyFor('en-NZ')).toBeNull();
    expect(localeKeyFor('de-CH')).toBe('de');
    expect(localeKeyFor('pt-br')).toBe('pt-BR');
    expect(localeKeyFor('zh-Hant-TW')).toBe('zh-TW');
    expect(localeKeyFor('zh')).toBe('zh-CN');
    expect(localeKeyFor('nn-NO')).toBe('nb');
    expect(localeKeyFor('xx')).toBeNull();
  });
});
