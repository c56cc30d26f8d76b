/**
 * Times and durations as the popup shows them, in the user's language and time zone. Leady's clock
 * is UTC; everything shown here is local, and the exact instant with its zone is in the tooltip.
 */
import type { Locale } from '../../shared/i18n/translate';
import { dateFormat, relativeFormat } from './intl-cache';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "před 5 min" / "5 min. ago" within a day, then the local date and time ("27. 11. 14:05"). */
export function formatRelative(at: number, now: number, locale: Locale, timeZone: string): string {
  const ago = now - at;
  const rtf = relativeFormat(locale, { numeric: 'auto', style: 'short' });
  // A clock a little ahead of Leady's would otherwise say "in 1 min" for a visit that just ended.
  if (ago < 45_000) return rtf.format(0, 'second');
  if (ago < HOUR) return rtf.format(-Math.max(1, Math.round(ago / MINUTE)), 'minute');
  if (ago < DAY) return rtf.format(-Math.floor(ago / HOUR), 'hour');
  const year = dateFormat('en', { timeZone, year: 'numeric' });
  const sameYear = year.format(at) === year.format(now);
  return dateFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'numeric',
    year: sameYear ? undefined : 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
}

/** The exact local instant with its zone, for a `title`: "čtvrtek 27. listopadu 2026 v 14:05:12 SEČ (Europe/Prague)". */
export function formatExact(at: number, locale: Locale, timeZone: string): string {
  const text = dateFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'long' }).format(at);
  return `${text} (${timeZone})`;
}

/** A short local date and time without relative wording: "27. 11. 2026 14:05". */
export function formatDateTime(at: number, locale: Locale, timeZone: string): string {
  return dateFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** "před 5 minutami" / "5 minutes ago": how long ago data was refreshed (long words, in a sentence). */
export function formatAgo(at: number, now: number, locale: Locale): string {
  const ago = Math.max(0, now - at);
  const rtf = relativeFormat(locale, { numeric: 'auto' });
  if (ago < MINUTE) return rtf.format(0, 'minute');
  if (ago < HOUR) return rtf.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return rtf.format(-Math.floor(ago / HOUR), 'hour');
  return rtf.format(-Math.floor(ago / DAY), 'day');
}
