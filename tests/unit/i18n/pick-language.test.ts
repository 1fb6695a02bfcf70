import { describe, expect, it } from 'vitest';
import { dateTagFor } from '../../../client/live/date-locale';
import { languageOfTag, pickLanguage } from '../../../client/i18n/pick-language';

describe('which language a device shows', () => {
  it.each([
    ['de-AT', 'de'],
    ['fr', 'fr'],
    ['es-419', 'es'],
    ['ar-EG', 'ar'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans-SG', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['EN_gb', 'en'],
    ['zh-TW', null],
    ['zh-Hant-HK', null],
    ['ja', null],
    ['', null],
  ])('%s → %s', (tag, lang) => expect(languageOfTag(tag)).toBe(lang));

  it('the menu choice on this device first', () => {
    expect(pickLanguage({ chosen: 'ar', preferred: ['de-DE'], eventDefault: 'fr' })).toBe('ar');
  });

  it('else the first preferred language Tablehop has, skipping the others', () => {
    expect(pickLanguage({ chosen: null, preferred: ['ja-JP', 'zh-TW', 'es-MX', 'de'], eventDefault: 'fr' })).toBe('es');
  });

  it("else the event's default, else English", () => {
    expect(pickLanguage({ chosen: null, preferred: ['ja'], eventDefault: 'fr-CA' })).toBe('fr');
    expect(pickLanguage({ chosen: null, preferred: ['ja'], eventDefault: null })).toBe('en');
    expect(pickLanguage({ chosen: null, preferred: [] })).toBe('en');
  });

  it('ignores a remembered choice that is not one of ours (an old or tampered value)', () => {
    expect(pickLanguage({ chosen: 'klingon', preferred: ['fr'] })).toBe('fr');
  });
});

describe('which date-fns locale shows the times', () => {
  it.each([
    ['de', 'de-AT', 'de-AT'],
    ['en', 'en-GB', 'en-GB'],
    ['de', 'en-GB', 'de'],
    ['zh-Hans', 'zh-CN', 'zh-CN'],
    ['zh-Hans', 'fr-FR', 'zh-CN'],
    ['ar', 'ar-MA', 'ar-MA'],
    ['en', 'ja-JP', 'en-US'],
  ] as const)('%s on a %s device → %s', (lang, device, tag) => expect(dateTagFor(lang, device)).toBe(tag));
});
