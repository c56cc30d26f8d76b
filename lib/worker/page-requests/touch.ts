/**
 * Marks companies shown on pages as recently seen, so cache eviction keeps them. Once an hour per
 * company is plenty for eviction (which works in days), and it spares a read-write transaction of
 * hundreds of records on every page load.
 */
import { touchCompanies } from '../cache/companies';
import type { CacheDb } from '../cache/open';

const EVERY_MS = 60 * 60_000;
const MAX_REMEMBERED = 50_000;

export function createToucher() {
  const touched = new Map<number, number>();
  return (db: CacheDb, ids: number[], now: number): Promise<void> => {
    const due = ids.filter((id) => now - (touched.get(id) ?? Number.NEGATIVE_INFINITY) >= EVERY_MS);
    if (touched.size + due.length > MAX_REMEMBERED) touched.clear();
    for (const id of due) touched.set(id, now);
    return touchCompanies(db, due, now);
  };
}
