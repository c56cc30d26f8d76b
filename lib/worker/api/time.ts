/**
 * Leady's clock is UTC. Responses use ISO 8601 (DRF); a timestamp with an offset means that offset,
 * one without an offset is UTC (never the browser's zone, which is what `Date.parse` would assume).
 */

// Date, optional time (T or space), optional fraction (. or ,), optional offset (Z, ±HH, ±HHMM, ±HH:MM).
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

/** Epoch milliseconds for an API timestamp, or `undefined` if it is not a valid ISO-8601-like time. */
export function parseApiTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = TIMESTAMP.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  // Only the first three fraction digits matter for milliseconds; pad "5" to "500".
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  // Date.UTC rolls 2026-02-30 over into March: reject days that do not exist in that month.
  if (new Date(utc).getUTCDate() !== day) return undefined;
  const offsetMinutes = parseOffset(offset);
  if (offsetMinutes === undefined) return undefined;
  return utc - offsetMinutes * 60_000;
}

/** Minutes east of UTC; no offset means UTC. `undefined` for an impossible offset. */
function parseOffset(offset: string | undefined): number | undefined {
  if (offset === undefined || offset === 'Z' || offset === 'z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/** `YYYY-MM-DD HH:MM:SS` in UTC: the form a real client sends as `period_start`. */
export function formatApiTime(date: Date | number): string {
  const time = typeof date === 'number' ? date : date.getTime();
  if (!Number.isFinite(time)) throw new RangeError('formatApiTime: invalid date');
  // toISOString is always UTC ("2026-11-27T10:00:00.000Z"); keep the seconds, drop the rest.
  const iso = new Date(time).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
