/** Numbers, times and durations in the user's language and time zone (the API's UTC stays inside). */

import { describeError } from '../api/describe-error';
import type { LeadyErrorData } from '../api/errors';
import type { ErrorMessageKey } from '../i18n/catalogs/errors';
import type { OverlayKey } from '../i18n/catalogs/overlay';
import { formatDuration } from '../i18n/format-duration';
import type { Locale, Translate } from '../i18n/translate';

const INTL_LOCALE: Record<Locale, string> = { cs: 'cs-CZ', en: 'en-GB' };

export interface Formatter {
  t: Translate<OverlayKey>;
  /** "5 visits in 30 days" with the language's plural form. */
  visits(count: number): string;
  /** Local date and time of an epoch-ms instant. */
  dateTime(epochMs: number): string;
  duration(seconds: number): string;
  /** The user-facing sentence for an error, in the user's language. */
  error(error: LeadyErrorData): string;
}

export function createFormatter(
  locale: Locale,
  t: Translate<OverlayKey>,
  errorText: Translate<ErrorMessageKey>,
): Formatter {
  // Built on first use: the first Intl object of a page costs milliseconds (locale data), and the
  // time to the first badges is budgeted.
  let dates: Intl.DateTimeFormat | undefined;
  return {
    t,
    visits(count) {
      const category = pluralCategory(locale, count);
      const key = category === 'one' ? 'visitsOne' : category === 'few' ? 'visitsFew' : 'visitsOther';
      return t(key, count);
    },
    dateTime(epochMs) {
      dates ??= new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short' });
      return dates.format(new Date(epochMs));
    },
    error: (error) => describeError(error, errorText),
    duration: formatDuration,
  };
}

/**
 * CLDR plural categories of Czech and English for whole numbers (visit counts): what
 * Intl.PluralRules answers for them, without its start-up cost on every CRM page.
 */
function pluralCategory(locale: Locale, count: number): 'one' | 'few' | 'other' {
  if (count === 1) return 'one';
  if (locale === 'cs' && count >= 2 && count <= 4) return 'few';
  return 'other';
}
