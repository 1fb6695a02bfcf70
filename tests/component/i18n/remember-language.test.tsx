/**
 * The phone tells the server the language picked from its menu (issue 19), so the person's
 * mail is written in it: once per choice, never for a language that was not chosen on the device.
 */
import { createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseLanguage, showLanguage } from '../../../client/i18n/current-language';
import { rememberLanguageOnServer } from '../../../client/i18n/remember-language-on-server';

let dispose = () => {};
beforeEach(async () => {
  localStorage.clear();
  await showLanguage('en');
});
afterEach(() => {
  dispose();
  localStorage.clear();
});

describe('rememberLanguageOnServer', () => {
  it('sends a language picked from the menu, once; not one that only came from the browser or event', async () => {
    const send = vi.fn(async () => ({ locale: 'de' }));
    createRoot((d) => {
      dispose = d;
      rememberLanguageOnServer('tok', send);
    });
    await showLanguage('fr'); // not chosen on this device
    expect(send).not.toHaveBeenCalled();
    await chooseLanguage('de');
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('de'));
    await chooseLanguage('de');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('tries again on the next choice when the server could not be reached', async () => {
    const send = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ locale: 'ar' });
    createRoot((d) => {
      dispose = d;
      rememberLanguageOnServer('tok', send);
    });
    await chooseLanguage('ar');
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    await showLanguage('en');
    await chooseLanguage('ar');
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
  });
});
