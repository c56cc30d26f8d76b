import { type LeadyClient, LeadyError, type Page, type Session } from '../api';
import { sameOriginLink } from '../api/links';
import type { CacheDb } from '../cache/open';
import type { CompanyRecord } from '../cache/schema';
import { getSyncState, putSyncState } from '../cache/sync-state';
import { storeSessionsPage } from './store-page';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Sessions still open at the last sync may have grown since: look back a little each time. */
const SYNC_OVERLAP_MS = 30 * 60 * 1000;

export interface SyncResourceOptions {
  windowDays: number;
  now: () => number;
  signal?: AbortSignal;
  /** Called after every stored page (the match index and the badge follow along). */
  onPage?: (update: { companies: CompanyRecord[]; newCompanyIds: number[] }) => void;
}

export interface SyncResourceResult {
  pages: number;
  sessions: number;
  newCompanyIds: number[];
}

/**
 * Fetches one tracked website's sessions since the last sync (the first time: the sync window)
 * at background priority, page by page. Progress (the period and the next page's link) is saved
 * after every page, so a worker stopped halfway resumes where it was instead of starting over.
 * Only a link the client would follow is saved; a saved one that is refused or gone is dropped
 * and the period starts again, so one bad link never makes every later sync fail.
 */
export async function syncResource(
  client: LeadyClient,
  db: CacheDb,
  resource: string,
  options: SyncResourceOptions,
): Promise<SyncResourceResult> {
  const { now, signal } = options;
  const state = await getSyncState(db, resource);
  const resume = async (next: string): Promise<Page<Session> | undefined> => {
    try {
      return await client.nextPage(next, 'sessions', { priority: 'background', signal });
    } catch (error) {
      // A cursor saved before a restart may have expired (404), or be refused or answered with
      // nonsense (another origin, saved by an older version): then the same period starts again.
      if (error instanceof LeadyError && (error.kind === 'not-found' || error.kind === 'malformed')) {
        await putSyncState(db, { ...state, run: undefined });
        return undefined;
      }
      throw error;
    }
  };
  let run = state.run;
  let page = run?.next ? await resume(run.next) : undefined;
  if (!run || !page) {
    const periodStart = state.syncedUntil
      ? state.syncedUntil - SYNC_OVERLAP_MS
      : now() - options.windowDays * DAY_MS;
    run = { periodStart, startedAt: now(), next: null, pages: 0 };
    page = await client.listSessions(
      resource,
      { period_start: periodStart },
      { priority: 'background', signal },
    );
  }

  const result: SyncResourceResult = { pages: 0, sessions: 0, newCompanyIds: [] };
  for (;;) {
    const stored = await storeSessionsPage(db, resource, page.results, now());
    result.pages += 1;
    result.sessions += page.results.length;
    result.newCompanyIds.push(...stored.newCompanyIds);
    options.onPage?.(stored);

    run = { ...run, next: page.next, pages: run.pages + 1 };
    if (!page.next) {
      await putSyncState(db, {
        resource,
        syncedUntil: run.startedAt,
        lastSuccessAt: now(),
      });
      return result;
    }
    try {
      sameOriginLink(page.next, client.baseUrl, 'sessions.list', 'next link');
    } catch (error) {
      // Saving it would make every later sync start by following it; start this period over instead.
      await putSyncState(db, { ...state, resource, run: undefined });
      throw error;
    }
    await putSyncState(db, { ...state, resource, run, lastError: undefined });
    page = await client.nextPage(page.next, 'sessions', { priority: 'background', signal });
  }
}
