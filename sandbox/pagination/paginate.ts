/**
 * Cursor pagination over a list in display order whose sort keys are unique and monotonic (ids).
 * Positions are keys, not offsets, so a page stays correct when items are added or removed between
 * requests (new sessions arriving, a company being blacklisted) — the point of DRF's cursor paging.
 */
import type { Cursor } from './cursor';

export type Order = 'asc' | 'desc';

export interface PageResult<T> {
  results: T[];
  /** null = no such page; 'first' = the first page (link without a cursor). */
  next: Cursor | 'first' | null;
  previous: Cursor | 'first' | null;
}

/** Index of the first element for which `test` holds, given false…false true…true. */
function firstIndex(length: number, test: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function paginate<T>(
  items: readonly T[],
  keyOf: (item: T) => number,
  order: Order,
  cursor: Cursor | null,
  pageSize: number,
): PageResult<T> {
  const key = (index: number): number => keyOf(items[index] as T);
  /** a is displayed after b. */
  const after = (a: number, b: number): boolean => (order === 'asc' ? a > b : a < b);
  const n = items.length;

  if (!cursor?.reverse) {
    let start = 0;
    if (cursor) {
      const p = cursor.position;
      start = firstIndex(n, (i) => (cursor.inclusive ? !after(p, key(i)) : after(key(i), p)));
    }
    const results = items.slice(start, start + pageSize);
    const last = results[results.length - 1];
    const first = results[0];
    return {
      results,
      next:
        start + pageSize < n && last !== undefined
          ? { position: keyOf(last), reverse: false, inclusive: false }
          : null,
      previous:
        start === 0
          ? null
          : first !== undefined
            ? { position: keyOf(first), reverse: true, inclusive: false }
            : { position: key(start - 1), reverse: true, inclusive: true },
    };
  }

  const p = cursor.position;
  const end = firstIndex(n, (i) => (cursor.inclusive ? after(key(i), p) : !after(p, key(i))));
  const start = Math.max(0, end - pageSize);
  const results = items.slice(start, end);
  const last = results[results.length - 1];
  const first = results[0];
  return {
    results,
    next:
      end >= n
        ? null
        : last !== undefined
          ? { position: keyOf(last), reverse: false, inclusive: false }
          : 'first',
    previous:
      start > 0 && first !== undefined ? { position: keyOf(first), reverse: true, inclusive: false } : null,
  };
}
