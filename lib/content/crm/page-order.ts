/** Sorting elements as they appear on the page. */

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the global (absent in some test DOMs)

/** A comparator: earlier on the page first. */
export function byPageOrder(a: Element, b: Element): number {
  return a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1;
}

/** The element that comes first on the page. */
export function firstOnPage(els: readonly Element[]): Element | undefined {
  return [...els].sort(byPageOrder)[0];
}
