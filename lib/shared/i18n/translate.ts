/**
 * Czech and English UI text. Each area keeps its own catalog (`catalogs/*.ts`) so a bundle only
 * carries the strings it shows (the content script's size budget is tight). The manifest's own
 * strings live in `public/_locales`, where browser.i18n reads them.
 */

export type Locale = 'en' | 'cs';
export type LocaleOption = 'auto' | Locale;

/** A catalog: English is the reference; Czech must have exactly the same keys (checked by tsc). */
export type Catalog<K extends string> = { en: Record<K, string>; cs: Record<K, string> };

export function defineCatalog<K extends string>(catalog: Catalog<K>): Catalog<K> {
  return catalog;
}

/** `auto` follows the browser's UI language: Czech for cs/sk (Slovaks read Czech), else English. */
export function resolveLocale(option: LocaleOption | undefined, uiLanguage: string | undefined): Locale {
  if (option === 'cs' || option === 'en') return option;
  const lang = (uiLanguage ?? '').toLowerCase();
  return lang.startsWith('cs') || lang.startsWith('sk') ? 'cs' : 'en';
}

export type Translate<K extends string> = (key: K, ...params: Array<string | number>) => string;

/** Replaces `$1`…`$9` with the params, the same placeholder style browser.i18n uses. */
export function createTranslator<K extends string>(catalog: Catalog<K>, locale: Locale): Translate<K> {
  return createTableTranslator(catalog[locale]);
}

/**
 * A translator over one language's strings. The content script gets its strings from the background
 * this way, so its bundle (15 KB budget) carries no catalog.
 */
export function createTableTranslator<K extends string>(table: Record<K, string>): Translate<K> {
  return (key, ...params) =>
    table[key].replace(/\$(\d)/g, (whole, digit: string) => {
      const value = params[Number(digit) - 1];
      return value === undefined ? whole : String(value);
    });
}
