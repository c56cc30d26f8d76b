/**
 * The compact company summaries badges show: name, visits in the last 30 days, last visit. Read in
 * one cache transaction for the whole batch, so a 500-row list costs one round of IndexedDB requests,
 * not 500 transactions.
 */

import type { MatchResult } from '../../shared/matching/types';
import type { CompanySummary } from '../../shared/messaging/protocol/page';
import type { CacheDb } from '../cache/open';

const THIRTY_DAYS_MS = 30 * 86_400_000;

/** Company ids a batch of results names, each once: matched companies and ambiguous candidates. */
export function companyIdsOf(results: readonly MatchResult[]): number[] {
  const ids = new Set<number>();
  for (const result of results) {
    if (result.state === 'matched') ids.add(result.companyId);
    if (result.state === 'ambiguous') for (const id of result.companyIds) ids.add(id);
  }
  return [...ids];
}

export async function companySummaries(db: CacheDb, ids: number[], now: number): Promise<CompanySummary[]> {
  if (ids.length === 0) return [];
  const tx = db.transaction(['companies', 'sessions']);
  const companies = tx.objectStore('companies');
  const byCompanyTime = tx.objectStore('sessions').index('byCompanyTime');
  const since = now - THIRTY_DAYS_MS;
  const summaries = await Promise.all(
    ids.map(async (id): Promise<CompanySummary | undefined> => {
      const range = IDBKeyRange.bound([id, since], [id, Number.MAX_SAFE_INTEGER]);
      const [record, visits30d] = await Promise.all([companies.get(id), byCompanyTime.count(range)]);
      if (!record) return undefined;
      return { id, name: record.name, visits30d, lastVisitAt: record.lastVisitAt };
    }),
  );
  await tx.done;
  return summaries.filter((summary): summary is CompanySummary => summary !== undefined);
}
