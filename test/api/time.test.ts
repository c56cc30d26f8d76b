import { describe, expect, it } from 'vitest';
import { formatApiTime, parseApiTime } from '../../lib/worker/api/time';

const utc = (iso: string) => Date.parse(iso);

describe('parseApiTime', () => {
  it('honours an explicit offset', () => {
    expect(parseApiTime('2026-11-27T10:00:00+01:00')).toBe(utc('2026-11-27T09:00:00Z'));
    expect(parseApiTime('2026-11-27T10:00:00-0530')).toBe(utc('2026-11-27T15:30:00Z'));
    expect(parseApiTime('2026-11-27T10:00:00+02')).toBe(utc('2026-11-27T08:00:00Z'));
    expect(parseApiTime('2026-11-27T10:00:00Z')).toBe(utc('2026-11-27T10:00:00Z'));
  });

  it('reads a timestamp without offset as UTC, whatever the local zone', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Europe/Prague';
    try {
      // Sanity: in Prague, Date.parse reads an offset-less time as local time, an hour off in winter.
      expect(Date.parse('2026-11-27T10:00:00')).toBe(utc('2026-11-27T09:00:00Z'));
      expect(parseApiTime('2026-11-27T10:00:00')).toBe(utc('2026-11-27T10:00:00Z'));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('accepts a space instead of T, as the API is sent', () => {
    expect(parseApiTime('2026-11-27 10:00:00')).toBe(utc('2026-11-27T10:00:00Z'));
    expect(parseApiTime('2026-11-27 10:00:00+01:00')).toBe(utc('2026-11-27T09:00:00Z'));
  });

  it('keeps milliseconds from fractions of any length', () => {
    expect(parseApiTime('2026-11-27T10:00:00.5Z')).toBe(utc('2026-11-27T10:00:00.500Z'));
    expect(parseApiTime('2026-11-27T10:00:00.123456')).toBe(utc('2026-11-27T10:00:00.123Z'));
  });

  it('accepts minutes-only times and bare dates as UTC midnight', () => {
    expect(parseApiTime('2026-11-27T10:05')).toBe(utc('2026-11-27T10:05:00Z'));
    expect(parseApiTime('2026-11-27')).toBe(utc('2026-11-27T00:00:00Z'));
  });

  it('returns undefined for anything invalid', () => {
    for (const bad of [
      '',
      'yesterday',
      '2026-13-01T00:00:00',
      '2026-02-30T00:00:00',
      '2026-11-27T24:00:00',
      '2026-11-27T10:60:00',
      '2026-11-27T10:00:00+25:00',
      '27.11.2026 10:00',
      '2026-11-27T10:00:00 Europe/Prague',
    ]) {
      expect(parseApiTime(bad), bad).toBeUndefined();
    }
    expect(parseApiTime(null)).toBeUndefined();
    expect(parseApiTime(1764237600000)).toBeUndefined();
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseApiTime('2028-02-29 12:00:00')).toBe(utc('2028-02-29T12:00:00Z'));
    expect(parseApiTime('2026-02-29 12:00:00')).toBeUndefined();
  });
});

describe('formatApiTime', () => {
  it('formats in UTC as YYYY-MM-DD HH:MM:SS', () => {
    expect(formatApiTime(new Date('2026-11-27T10:00:00+01:00'))).toBe('2026-11-27 09:00:00');
    expect(formatApiTime(new Date('2026-01-02T03:04:05.999Z'))).toBe('2026-01-02 03:04:05');
    expect(formatApiTime(utc('2026-12-31T23:59:59Z'))).toBe('2026-12-31 23:59:59');
  });

  it('round-trips through parseApiTime', () => {
    const t = utc('2026-06-15T21:30:45Z');
    expect(parseApiTime(formatApiTime(t))).toBe(t);
  });

  it('refuses an invalid date', () => {
    expect(() => formatApiTime(new Date('nope'))).toThrow(RangeError);
  });
});
