/** Numbers, times and durations in the user's language and time zone (the API's UTC stays inside). */

import { describeError } from '../../lib/api/describe-error';
import type { LeadyErrorData } from '../../lib/api/errors';
import type { ErrorMessageKey } from '../../lib/i18n/catalogs/errors';
import type { OverlayKey } from '../../lib/i18n/catalogs/overlay';
import type { Locale, Translate } from '../../lib/i18n/translate';

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
  const plural = new Intl.PluralRules(INTL_LOCALE[locale]);
  const dates = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short' });
  return {
    t,
    visits(count) {
      const category = plural.select(count);
      const key = category === 'one' ? 'visitsOne' : category === 'few' ? 'visitsFew' : 'visitsOther';
      return t(key, count);
    },
    dateTime: (epochMs) => dates.format(new Date(epochMs)),
    error: (error) => describeError(error, errorText),
    // "1 h 5 min" reads the same in Czech and English.
    duration(seconds) {
      const total = Math.max(0, Math.round(seconds));
      if (total < 60) return `${total} s`;
      const minutes = Math.round(total / 60);
      return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
    },
  };
}
