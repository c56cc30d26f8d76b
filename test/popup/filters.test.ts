import { describe, expect, it } from 'vitest';
import {
  cacheCanAnswer,
  DEFAULT_FILTERS,
  filtersKey,
  toApiQuery,
  toCacheQuery,
} from '../../lib/shared/popup/filters';
import type { Period } from '../../lib/shared/popup/types';
import { startOfZonedDay } from '../../lib/shared/popup/zoned-time';

const DAY = 86_400_000;

describe('zoned time', () => {
  it('knows the zone offset, including daylight saving time', () => {
    // Prague is UTC+1 in winter and UTC+2 in summer; New York UTC−4 in summer.
    expect(startOfZonedDay(Date.UTC(2026, 0, 15, 12), 'Europe/Prague')).toBe(Date.UTC(2026, 0, 14, 23));
    expect(startOfZonedDay(Date.UTC(2026, 6, 15, 12), 'Europe/Prague')).toBe(Date.UTC(2026, 6, 14, 22));
    expect(startOfZonedDay(Date.UTC(2026, 6, 15, 12), 'America/New_York')).toBe(Date.UTC(2026, 6, 15, 4));
  });

  it('finds local midnight', () => {
    // 00:30 UTC on 27 Nov is 01:30 in Prague: the local day began at 23:00 UTC the day before.
    expect(startOfZonedDay(Date.UTC(2026, 10, 27, 0, 30), 'Europe/Prague')).toBe(Date.UTC(2026, 10, 26, 23));
    // 03:00 UTC on 27 Nov is still 26 Nov in New York.
    expect(startOfZonedDay(Date.UTC(2026, 10, 27, 3), 'America/New_York')).toBe(Date.UTC(2026, 10, 26, 5));
  });

  it('handles the day daylight saving time starts', () => {
    // 29 March 2026: Prague moves from +1 to +2 at 02:00 local; midnight was still +1.
    expect(startOfZonedDay(Date.UTC(2026, 2, 29, 12), 'Europe/Prague')).toBe(Date.UTC(2026, 2, 28, 23));
  });
});

describe('session filters', () => {
  const now = Date.UTC(2026, 10, 27, 13);

  it('turns periods into a start instant', () => {
    const since = (period: Period, timeZone: string) =>
      toCacheQuery({ ...DEFAULT_FILTERS, period }, now, timeZone).since;
    expect(since('today', 'Europe/Prague')).toBe(Date.UTC(2026, 10, 26, 23));
    expect(since('7d', 'Europe/Prague')).toBe(now - 7 * DAY);
    expect(since('90d', 'UTC')).toBe(now - 90 * DAY);
  });

  it('builds the API parameters only for filters that are set', () => {
    expect(toApiQuery(DEFAULT_FILTERS, now, 'UTC')).toEqual({ period_start: now - 7 * DAY });
    expect(
      toApiQuery({ period: '30d', savedFilterId: 412, onlyIdentified: true, minPages: 3 }, now, 'UTC'),
    ).toEqual({ period_start: now - 30 * DAY, saved_filter_id: 412, action_count_min: 3 });
  });

  it('builds the cache query; a saved filter is for the API only', () => {
    expect(toCacheQuery({ period: '7d', onlyIdentified: true, minPages: 5 }, now, 'UTC')).toEqual({
      since: now - 7 * DAY,
      onlyIdentified: true,
      minPages: 5,
    });
    expect(toCacheQuery(DEFAULT_FILTERS, now, 'UTC')).not.toHaveProperty('minPages');
    expect(cacheCanAnswer(DEFAULT_FILTERS)).toBe(true);
    expect(cacheCanAnswer({ ...DEFAULT_FILTERS, savedFilterId: 1 })).toBe(false);
  });

  it('keys a list by resource and filters', () => {
    expect(filtersKey('a.cz', DEFAULT_FILTERS)).toBe(filtersKey('a.cz', { ...DEFAULT_FILTERS }));
    expect(filtersKey('a.cz', DEFAULT_FILTERS)).not.toBe(filtersKey('b.cz', DEFAULT_FILTERS));
    expect(filtersKey('a.cz', DEFAULT_FILTERS)).not.toBe(
      filtersKey('a.cz', { ...DEFAULT_FILTERS, minPages: 2 }),
    );
  });
});
