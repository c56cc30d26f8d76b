import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PopupApi } from '../../lib/extension-pages/popup/popup-api';
import { toErrorData } from '../../lib/shared/api/error-data';
import type { LeadyErrorData } from '../../lib/shared/api/errors';
import {
  cacheCanAnswer,
  DEFAULT_FILTERS,
  filtersKey,
  toApiQuery,
  toCacheQuery,
} from '../../lib/shared/popup/filters';
import type { SessionFilterState, SessionRow, SessionsPage } from '../../lib/shared/popup/types';

export interface SessionListState {
  rows: SessionRow[];
  /** 'loading': nothing to show yet (skeleton); 'ready': rows (maybe none) are final for now. */
  phase: 'loading' | 'ready';
  source?: 'cache' | 'api';
  next: string | null;
  before?: number;
  hasMore: boolean;
  updatedAt?: number;
  refreshing: boolean;
  refreshError?: LeadyErrorData;
  loadingMore: boolean;
  moreError?: LeadyErrorData;
  /** The rows are the last view's (drawn before the background answered), not yet the cache's. */
  seeded?: boolean;
}

interface Options {
  resource: string;
  filters: SessionFilterState;
  /** Signed in with a working token: the API may be asked. */
  canRefresh: boolean;
  timeZone: string;
  /** Blacklisted companies right now; read when a query is sent (changes alone do not refetch). */
  hidden: ReadonlySet<number>;
  /** The last view's first page: shown at once if it is this list's, until the cache answers. */
  lastPage?: SessionsPage;
}

const INITIAL: SessionListState = {
  rows: [],
  phase: 'loading',
  next: null,
  hasMore: false,
  refreshing: false,
  loadingMore: false,
};

/**
 * Stale-while-revalidate for the recent-sessions list: the cached page is shown at once, then
 * replaced by Leady's answer; if Leady cannot be reached the cached rows stay, with the reason.
 * Answers to a query the user has since changed are dropped.
 */
export function useSessionList(api: PopupApi, options: Options) {
  const { resource, filters, canRefresh, timeZone } = options;
  const key = filtersKey(resource, filters);
  // The last view seeds the list only if it is this very list (website and default filters), and
  // only with the rows still inside its period.
  const [state, setState] = useState<SessionListState>(() => {
    const seed = options.lastPage;
    if (seed?.resource !== resource || key !== filtersKey(resource, DEFAULT_FILTERS)) return INITIAL;
    return seededState(seed, toCacheQuery(DEFAULT_FILTERS, Date.now(), timeZone).since, canRefresh);
  });
  // The list whose rows are on screen: asking it again (a retry, a finished sync, the account's
  // state changing) keeps them until the answer replaces them, instead of flashing the skeleton.
  const shownKey = useRef(state.seeded ? key : undefined);
  const [reloads, setReloads] = useState(0);
  const generation = useRef(0);
  const hidden = useRef(options.hidden);
  hidden.current = options.hidden;
  const stateRef = useRef(state);
  stateRef.current = state;
  // A layout effect sends the cache query in the same task as the render that needs it (a plain
  // effect waits for the next frame): the cached list is what the popup's speed is judged by.
  useLayoutEffect(() => {
    const run = ++generation.current;
    const current = () => run === generation.current;
    const now = Date.now();
    const exclude = [...hidden.current];
    // Rows of this very list stay on screen until the answer; another list starts from the skeleton.
    const keep = shownKey.current === key;
    shownKey.current = key;
    setState(keep ? (s) => ({ ...s, refreshing: canRefresh }) : { ...INITIAL, refreshing: canRefresh });

    void (async () => {
      let cached: SessionsPage | undefined;
      if (cacheCanAnswer(filters)) {
        try {
          cached = await api.cachedSessions({
            ...toCacheQuery(filters, now, timeZone),
            resource,
            excludeCompanies: exclude,
          });
        } catch {
          // The cache is a head start, not the source of truth: the API answer follows.
        }
        if (!current()) return;
        // Without the cache's word the last view's rows cannot be vouched for: they go.
        if (!cached) setState((s) => (s.seeded ? seedDropped(s, canRefresh) : s));
        if (cached) {
          const page = cached;
          setState((s) => ({
            ...s,
            rows: page.rows,
            source: 'cache',
            before: page.before,
            hasMore: page.hasMore,
            updatedAt: page.updatedAt,
            seeded: false,
            // An empty cache says nothing yet while Leady is being asked: keep the skeleton.
            phase: page.rows.length > 0 || !canRefresh ? 'ready' : 'loading',
          }));
        }
      }
      if (!canRefresh) {
        setState((s) => ({ ...s, phase: 'ready', refreshing: false }));
        return;
      }
      try {
        const page = await api.fetchSessions({
          resource,
          query: toApiQuery(filters, now, timeZone),
          onlyIdentified: filters.onlyIdentified,
        });
        if (!current()) return;
        setState((s) => ({
          ...s,
          rows: page.rows,
          source: 'api',
          next: page.next,
          before: undefined,
          hasMore: page.hasMore,
          updatedAt: page.updatedAt,
          phase: 'ready',
          refreshing: false,
          refreshError: undefined,
          seeded: false,
        }));
      } catch (thrown) {
        if (!current()) return;
        setState((s) => ({ ...s, phase: 'ready', refreshing: false, refreshError: toErrorData(thrown) }));
      }
    })();
  }, [api, key, canRefresh, timeZone, reloads]);

  const loadMore = useCallback(async () => {
    const s = stateRef.current;
    if (s.loadingMore || !s.hasMore) return;
    const run = generation.current;
    setState((prev) => ({ ...prev, loadingMore: true, moreError: undefined }));
    try {
      const page =
        s.source === 'api' && s.next
          ? await api.moreSessions({ resource, next: s.next, onlyIdentified: filters.onlyIdentified })
          : await api.cachedSessions({
              ...toCacheQuery(filters, Date.now(), timeZone),
              resource,
              before: s.before,
              excludeCompanies: [...hidden.current],
            });
      if (run !== generation.current) return;
      setState((prev) => {
        const known = new Set(prev.rows.map((row) => row.key));
        return {
          ...prev,
          rows: [...prev.rows, ...page.rows.filter((row) => !known.has(row.key))],
          next: page.source === 'api' ? page.next : prev.next,
          before: page.source === 'cache' ? page.before : prev.before,
          hasMore: page.hasMore,
          loadingMore: false,
        };
      });
    } catch (thrown) {
      if (run !== generation.current) return;
      setState((prev) => ({ ...prev, loadingMore: false, moreError: toErrorData(thrown) }));
    }
  }, [api, resource, filters, timeZone]);

  /** A session's page views arrived: its duration and page count are now exact. */
  const updateRow = useCallback((key: string, patch: Partial<SessionRow>) => {
    setState((prev) => ({
      ...prev,
      rows: prev.rows.map((row) => (row.key === key ? { ...row, ...patch } : row)),
    }));
  }, []);

  /** Re-read (after a sync filled the cache). Only the cached view is re-read; fresh API rows stay. */
  const reloadFromCache = useCallback(() => {
    const s = stateRef.current;
    if (s.source !== 'api' && !s.refreshing) setReloads((n) => n + 1);
  }, []);

  const retry = useCallback(() => setReloads((n) => n + 1), []);

  return { state, loadMore, updateRow, reloadFromCache, retry };
}

function seededState(page: SessionsPage, since: number, refreshing: boolean): SessionListState {
  const rows = page.rows.filter((row) => row.lastAt !== undefined && row.lastAt >= since);
  if (rows.length === 0) return INITIAL;
  return {
    ...INITIAL,
    rows,
    phase: 'ready',
    source: 'cache',
    before: rows.length < page.rows.length ? undefined : page.before,
    hasMore: rows.length < page.rows.length ? false : page.hasMore,
    updatedAt: page.updatedAt,
    refreshing,
    seeded: true,
  };
}

function seedDropped(state: SessionListState, canRefresh: boolean): SessionListState {
  const phase = canRefresh ? 'loading' : 'ready';
  return { ...state, rows: [], source: undefined, before: undefined, hasMore: false, seeded: false, phase };
}
