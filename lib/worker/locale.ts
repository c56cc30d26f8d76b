import { browser } from 'wxt/browser';
import { readSettings } from '../runtime/storage-items';
import { type Locale, resolveLocale } from '../shared/i18n/translate';

/** The browser's UI language; `i18n.getUILanguage` is missing in some test browsers. */
export function browserUiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language;
  }
}

/** The language the user chose in the options, else the browser's. */
export async function userLocale(): Promise<Locale> {
  const { locale } = await readSettings();
  return resolveLocale(locale, browserUiLanguage());
}
