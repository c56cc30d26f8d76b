/**
 * Timing marks the popup leaves for bench/popup.ts: when the first list of visits was on screen
 * (from the last view or the cache, whichever came first) and when the background's cached list
 * was. Each is a performance mark and, for reading from outside the page, a `data-` attribute on
 * the body holding `performance.now()` (ms since the page's navigation started); `firstListFrom`
 * says where the first list came from.
 */
export type ListOrigin = 'last-view' | 'cache';

export function markListShown(origin: ListOrigin): void {
  const data = document.body.dataset;
  if (data.firstList === undefined) {
    performance.mark('leady:first-list');
    data.firstList = String(Math.round(performance.now()));
    data.firstListFrom = origin;
  }
  if (origin === 'cache' && data.cacheList === undefined) {
    performance.mark('leady:cache-list');
    data.cacheList = String(Math.round(performance.now()));
  }
}
