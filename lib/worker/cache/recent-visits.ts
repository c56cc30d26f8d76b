/**
 * A company record's `recentVisits`: the end times of its cached sessions, newest first, capped.
 * A cold worker answers a CRM page's badges from the company records it has just read to match,
 * so the 30-day visit count comes from this list instead of one index count per company (issue 11).
 *
 * The list is exact: it holds the `lastAt` of every cached session of the company (as the
 * `byCompanyTime` index has them) up to the cap, so a count from it equals the index's whenever
 * the list is not full, or its oldest entry is older than the window (everything beyond it is older
 * still). Only a company with RECENT_VISITS_CAP or more visits inside the window is counted through
 * the index, as before.
 */

import type { IDBPTransaction } from 'idb';
import type { CacheSchema, CompanyRecord } from './schema';

/**
 * 100: a company with fewer than 100 visits in 30 days (more than three a day, rare outside one's
 * own company and partners) is decided by its list; 100 numbers add under 1 KB to a record, and
 * most companies have a handful, so the full index build's read of 100,000 records barely grows.
 */
const RECENT_VISITS_CAP = 100;

/** The company's visits that ended at or after `since`, or undefined when its list cannot tell. */
export function visitsSinceFromList(record: CompanyRecord, since: number): number | undefined {
  const list = record.recentVisits;
  if (!list) return undefined;
  if (list.length >= RECENT_VISITS_CAP && list[RECENT_VISITS_CAP - 1]! >= since) return undefined;
  let count = 0;
  while (count < list.length && list[count]! >= since) count++;
  return count;
}

/** What one write of the sessions store did to a company's visits. */
export interface VisitChanges {
  /** End times of its sessions that were overwritten or moved to another company. */
  removed: number[];
  /** End times of its sessions as now stored. */
  added: number[];
}

/**
 * The list after these changes, or undefined when it cannot be derived from the list alone (a
 * record without one; a session removed from a full list, whose place the next older one beyond
 * the cap would take): then it is read again from the index (readRecentVisits).
 */
export function applyVisitChanges(list: number[] | undefined, changes: VisitChanges): number[] | undefined {
  if (!list) return undefined;
  const next = [...list];
  for (const visit of changes.removed) {
    const at = next.indexOf(visit);
    if (at >= 0 && list.length >= RECENT_VISITS_CAP) return undefined;
    if (at >= 0) next.splice(at, 1);
    // Not in the list: only a full list leaves sessions out, the ones older than its oldest.
    else if (list.length < RECENT_VISITS_CAP || visit > list[list.length - 1]!) return undefined;
  }
  next.push(...changes.added);
  return next.sort((a, b) => b - a).slice(0, RECENT_VISITS_CAP);
}

/** A read-write transaction over the companies and their sessions, as the sessions' writers open it. */
export type SessionsWriteTx = IDBPTransaction<CacheSchema, ('companies' | 'sessions')[], 'readwrite'>;

/** A company's list as the sessions index has it now (in the caller's transaction). */
export async function readRecentVisits(tx: SessionsWriteTx, companyId: number): Promise<number[]> {
  const range = IDBKeyRange.bound([companyId, 0], [companyId, Number.MAX_SAFE_INTEGER]);
  const visits: number[] = [];
  let cursor = await tx.objectStore('sessions').index('byCompanyTime').openKeyCursor(range, 'prev');
  while (cursor && visits.length < RECENT_VISITS_CAP) {
    visits.push(cursor.key[1]);
    cursor = await cursor.continue();
  }
  return visits;
}
