/**
 * Marks companies shown on pages as recently seen, so cache eviction keeps them. Once an hour per
 * company is plenty for eviction (which works in days), and it spares a read-write transaction of
 * hundreds of records on every page load. A worker that has just started remembers nothing, but a
 * cold match has read the records it shows: their own `seenAt` says whether they are due.
 */
import { touchCompanies } from '../cache/companies';
import type { CacheDb } from '../cache/open';
import type { CompanyRecord } from '../cache/schema';

const EVERY_MS = 60 * 60_000;
const MAX_REMEMBERED = 50_000;

/** When a record read just now was last touched; never, if it still lacks its visit list. */
function touchedAt(record: CompanyRecord | undefined): number {
  return record?.recentVisits ? record.seenAt : Number.NEGATIVE_INFINITY;
}

export function createToucher() {
  const touched = new Map<number, number>();
  return (
    db: CacheDb,
    ids: number[],
    now: number,
    read: ReadonlyMap<number, CompanyRecord> = new Map(),
  ): Promise<void> => {
    const due = ids.filter((id) => now - (touched.get(id) ?? touchedAt(read.get(id))) >= EVERY_MS);
    if (touched.size + due.length > MAX_REMEMBERED) touched.clear();
    for (const id of due) touched.set(id, now);
    return touchCompanies(db, due, now);
  };
}
