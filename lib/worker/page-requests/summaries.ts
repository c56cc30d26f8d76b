/**
 * The compact company summaries badges show: name, visits in the last 30 days, last visit. Whatever
 * must be read is read in one cache transaction for the whole batch, so a 500-row list costs one
 * round of IndexedDB requests, not 500 transactions.
 */

import type { MatchResult } from '../../shared/matching/types';
import type { CompanySummary } from '../../shared/messaging/protocol/page';
import type { CacheDb } from '../cache/open';
import { visitsSinceFromList } from '../cache/recent-visits';
import type { CompanyRecord } from '../cache/schema';

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

/**
 * `known`: company records already read (the cold worker's match read them): the common case then
 * costs no request at all. Any other company costs one `get`; the sessions index is counted only for
 * a company its record's list cannot decide (lib/worker/cache/recent-visits.ts).
 */
export async function companySummaries(
  db: CacheDb,
  ids: number[],
  now: number,
  known: ReadonlyMap<number, CompanyRecord> = new Map(),
): Promise<CompanySummary[]> {
  const since = now - THIRTY_DAYS_MS;
  const decided = new Map<number, CompanySummary>();
  const toRead: number[] = [];
  for (const id of ids) {
    const record = known.get(id);
    const visits30d = record && visitsSinceFromList(record, since);
    if (record && visits30d !== undefined) decided.set(id, summaryOf(record, visits30d));
    else toRead.push(id);
  }
  const read = toRead.length ? await readSummaries(db, toRead, since, known) : new Map();
  return ids.flatMap((id) => decided.get(id) ?? read.get(id) ?? []);
}

async function readSummaries(
  db: CacheDb,
  ids: number[],
  since: number,
  known: ReadonlyMap<number, CompanyRecord>,
): Promise<Map<number, CompanySummary>> {
  const tx = db.transaction(['companies', 'sessions']);
  const companies = tx.objectStore('companies');
  const byCompanyTime = tx.objectStore('sessions').index('byCompanyTime');
  const summaries = await Promise.all(
    ids.map(async (id): Promise<CompanySummary | undefined> => {
      const record = known.get(id) ?? (await companies.get(id));
      if (!record) return undefined;
      const range = IDBKeyRange.bound([id, since], [id, Number.MAX_SAFE_INTEGER]);
      const visits30d = visitsSinceFromList(record, since) ?? (await byCompanyTime.count(range));
      return summaryOf(record, visits30d);
    }),
  );
  await tx.done;
  return new Map(summaries.flatMap((summary) => (summary ? [[summary.id, summary]] : [])));
}

function summaryOf(record: CompanyRecord, visits30d: number): CompanySummary {
  return { id: record.id, name: record.name, visits30d, lastVisitAt: record.lastVisitAt };
}
