/**
 * The recent-sessions filters turned into what each source understands: a cache query (the
 * background's `querySessions`) and Leady's session-list parameters. A saved filter is defined in
 * Leady's web app, so only the API can apply it.
 */
import type { Period, SessionFilterState } from './types';
import { startOfZonedDay } from './zoned-time';

const DAY_MS = 86_400_000;

export const PERIODS: readonly Period[] = ['today', '7d', '30d', '90d'];
export const MIN_PAGES_CHOICES: readonly number[] = [0, 2, 3, 5, 10];

export const DEFAULT_FILTERS: SessionFilterState = { period: '7d', onlyIdentified: false, minPages: 0 };

const PERIOD_DAYS: Record<Exclude<Period, 'today'>, number> = { '7d': 7, '30d': 30, '90d': 90 };

/** Start of the period: local midnight for "today", else that many days back from now. */
function periodStart(period: Period, now: number, timeZone: string): number {
  if (period === 'today') return startOfZonedDay(now, timeZone);
  return now - PERIOD_DAYS[period] * DAY_MS;
}

/** What `popup.sessions.cached` is asked. */
export interface CacheSessionQuery {
  since: number;
  onlyIdentified: boolean;
  minPages?: number;
}

/** Session-list parameters as the API names them; times are epoch ms (sent as UTC text). */
export interface ApiSessionQuery {
  period_start: number;
  saved_filter_id?: number;
  action_count_min?: number;
}

/** The cache cannot apply a saved filter: showing unfiltered cached visits under it would mislead. */
export function cacheCanAnswer(filters: SessionFilterState): boolean {
  return filters.savedFilterId === undefined;
}

export function toCacheQuery(filters: SessionFilterState, now: number, timeZone: string): CacheSessionQuery {
  const query: CacheSessionQuery = {
    since: periodStart(filters.period, now, timeZone),
    onlyIdentified: filters.onlyIdentified,
  };
  if (filters.minPages > 0) query.minPages = filters.minPages;
  return query;
}

export function toApiQuery(filters: SessionFilterState, now: number, timeZone: string): ApiSessionQuery {
  const query: ApiSessionQuery = { period_start: periodStart(filters.period, now, timeZone) };
  if (filters.savedFilterId !== undefined) query.saved_filter_id = filters.savedFilterId;
  if (filters.minPages > 0) query.action_count_min = filters.minPages;
  return query;
}

/** The period start is computed again each time it is asked; a query this close is the same question. */
const SAME_QUERY_MS = 60_000;

/**
 * Whether a cache query is the popup's first screen: the default filters, the first page. `since`
 * is compared with a minute's tolerance (the list computes it again on mount). Which companies it
 * leaves out (blacklisted ones) is the caller's question.
 */
export function isFirstScreenQuery(
  query: CacheSessionQuery & { before?: number },
  now: number,
  timeZone: string,
): boolean {
  const first = toCacheQuery(DEFAULT_FILTERS, now, timeZone);
  return (
    query.onlyIdentified === first.onlyIdentified &&
    query.minPages === first.minPages &&
    query.before === undefined &&
    Math.abs(query.since - first.since) < SAME_QUERY_MS
  );
}

/** A stable key for "the same list": effects re-run only when it changes. */
export function filtersKey(resource: string | undefined, filters: SessionFilterState): string {
  return JSON.stringify([
    resource ?? '',
    filters.period,
    filters.savedFilterId ?? null,
    filters.onlyIdentified,
    filters.minPages,
  ]);
}
