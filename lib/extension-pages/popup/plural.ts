/**
 * Czech has three plural forms for whole numbers (1 stránka, 2–4 stránky, 5+ stránek), English two.
 * Catalog entries come as `<base>One`, `<base>Few`, `<base>Other`; English repeats "other" for few.
 */
import type { Locale } from '../../shared/i18n/translate';

export type PluralKey<Base extends string> = `${Base}One` | `${Base}Few` | `${Base}Other`;

const rules = new Map<Locale, Intl.PluralRules>();

function pluralForm(count: number, locale: Locale): 'One' | 'Few' | 'Other' {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const category = rule.select(count);
  if (category === 'one') return 'One';
  if (category === 'few') return 'Few';
  return 'Other';
}

export function pluralKey<Base extends string>(base: Base, count: number, locale: Locale): PluralKey<Base> {
  return `${base}${pluralForm(count, locale)}` as PluralKey<Base>;
}
