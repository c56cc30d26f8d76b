import { describe, expect, it } from 'vitest';
import {
  formatAgo,
  formatDateTime,
  formatExact,
  formatRelative,
} from '../../lib/extension-pages/popup/format-time';

const NOW = Date.UTC(2026, 10, 27, 13, 0, 0); // 14:00 in Prague (CET)
const MIN = 60_000;

describe('formatRelative', () => {
  it('says "now" for the last seconds, also when the clock is slightly behind Leady', () => {
    expect(formatRelative(NOW - 10_000, NOW, 'en', 'Europe/Prague')).toBe('now');
    expect(formatRelative(NOW + 20_000, NOW, 'cs', 'Europe/Prague')).toBe('nyní');
  });

  it('uses minutes and hours within a day', () => {
    expect(formatRelative(NOW - 5 * MIN, NOW, 'cs', 'Europe/Prague')).toBe('před 5 min');
    expect(formatRelative(NOW - 5 * MIN, NOW, 'en', 'Europe/Prague')).toBe('5 min. ago');
    expect(formatRelative(NOW - 3 * 60 * MIN, NOW, 'cs', 'Europe/Prague')).toBe('před 3 h');
  });

  it('shows the local date and time after a day, with the year only when it differs', () => {
    const at = Date.UTC(2026, 10, 20, 8, 5); // 9:05 in Prague
    expect(formatRelative(at, NOW, 'cs', 'Europe/Prague')).toBe('20. 11. 9:05');
    expect(formatRelative(at, NOW, 'cs', 'America/New_York')).toBe('20. 11. 3:05');
    expect(formatRelative(Date.UTC(2025, 11, 31, 10), NOW, 'cs', 'Europe/Prague')).toBe('31. 12. 2025 11:00');
  });
});

describe('formatExact', () => {
  it('gives the full local time with the zone', () => {
    const text = formatExact(NOW, 'cs', 'Europe/Prague');
    expect(text).toContain('27. listopadu 2026');
    expect(text).toContain('14:00:00');
    expect(text).toContain('(Europe/Prague)');
    expect(formatExact(NOW, 'en', 'America/New_York')).toContain('8:00:00');
  });

  it('formatDateTime is short and local', () => {
    expect(formatDateTime(NOW, 'cs', 'Europe/Prague')).toBe('27. 11. 2026 14:00');
  });
});

describe('formatAgo', () => {
  it('words how long ago data was refreshed', () => {
    expect(formatAgo(NOW - 20_000, NOW, 'en')).toBe('this minute');
    expect(formatAgo(NOW - 5 * MIN, NOW, 'cs')).toBe('před 5 minutami');
    expect(formatAgo(NOW - 2 * 60 * MIN, NOW, 'en')).toBe('2 hours ago');
    expect(formatAgo(NOW - 3 * 24 * 60 * MIN, NOW, 'cs')).toBe('před 3 dny');
  });
});
