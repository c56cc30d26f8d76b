import { browser } from 'wxt/browser';
import { type Locale, resolveLocale } from '../i18n/translate';
import { readSettings } from '../storage/items';

/** The language the user chose in the options, else the browser's. */
export async function userLocale(): Promise<Locale> {
  const { locale } = await readSettings();
  return resolveLocale(locale, browser.i18n.getUILanguage());
}
