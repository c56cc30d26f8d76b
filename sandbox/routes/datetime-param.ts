/**
 * Date/time query parameters, accepted like Django's DateTimeField: "YYYY-MM-DD HH:MM:SS" (what the
 * real client sends), "YYYY-MM-DD" (midnight), optional minutes/seconds/fraction, "T" or space, and an
 * ISO 8601 offset or Z. Without an offset the value is UTC (the API's time zone).
 * A "+" offset sent unencoded in a URL arrives as a space and is rejected, as Django rejects it.
 */

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Unix seconds (possibly fractional), or null when the text is not a valid date/time. */
export function parseDateTimeParam(text: string): number | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((part) =>
    part === undefined ? 0 : Number(part),
  ) as [number, number, number, number, number, number];
  const fraction = m[7] === undefined ? 0 : Number(`0.${m[7]}`);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const utcMs = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 April over to 1 May; a real calendar date survives the round trip.
  if (new Date(utcMs).getUTCDate() !== day) return null;
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (hours > 23 || minutes > 59) return null;
    offsetMinutes = sign * (hours * 60 + minutes);
  }
  return utcMs / 1000 + fraction - offsetMinutes * 60;
}
