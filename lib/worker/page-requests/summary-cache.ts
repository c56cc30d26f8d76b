/**
 * Badge summaries kept in the worker's memory for a few minutes. A CRM user opens the same lists
 * and records over and over; without this, every page load of a running worker would cost an
 * IndexedDB request per company shown. Emptied whenever the cache changes (a sync stored sessions, sign-in or out), and
 * per company when its card fetched fresh details.
 */

import type { CompanySummary } from '../../shared/messaging/protocol/page';
import type { CacheDb } from '../cache/open';
import type { CompanyRecord } from '../cache/schema';
import type { EventBus } from '../events';
import { companySummaries } from './summaries';

/** Visits age out of the 30-day window: a summary is recomputed after this long at the latest. */
const TTL_MS = 5 * 60_000;
/** Beyond this many entries the memory is started afresh (a long day in a large CRM). */
const MAX_ENTRIES = 20_000;

/** Company records the caller read, and the cache's mark taken before it read them. */
interface KnownRecords {
  records: ReadonlyMap<number, CompanyRecord>;
  mark: number;
}

export interface SummaryCache {
  /** Take before reading records to pass as `known`: summaries of records older than a change are not kept. */
  mark(): number;
  /** `known`: company records just read (see companySummaries). */
  get(db: CacheDb, ids: number[], now: number, known?: KnownRecords): Promise<CompanySummary[]>;
  forget(id: number): void;
}

export function createSummaryCache(events: EventBus): SummaryCache {
  const entries = new Map<number, { summary: CompanySummary; at: number }>();
  /** Counts the cache's changes. */
  let generation = 0;
  events.on((event) => {
    if (event.event === 'cache.changed' || event.event === 'auth.changed') {
      entries.clear();
      generation++;
    }
  });
  return {
    mark: () => generation,
    async get(db, ids, now, known) {
      const readFrom = known?.mark ?? generation;
      const found: CompanySummary[] = [];
      const missing: number[] = [];
      for (const id of ids) {
        const entry = entries.get(id);
        if (entry && now - entry.at < TTL_MS) found.push(entry.summary);
        else missing.push(id);
      }
      const read = await companySummaries(db, missing, now, known?.records);
      // Read (a cold worker's match reads the records first) before the cache changed: answered,
      // but kept they would outlive the change by minutes.
      if (readFrom !== generation) return [...found, ...read];
      if (entries.size + read.length > MAX_ENTRIES) entries.clear();
      for (const summary of read) entries.set(summary.id, { summary, at: now });
      return [...found, ...read];
    },
    forget(id) {
      entries.delete(id);
    },
  };
}
