/**
 * Key → ids maps for the index's people (far fewer than companies, which use HashChains). Nearly
 * every key belongs to one record, so a posting is a bare number (a V8 small integer, no
 * allocation) and becomes an array only when a key is shared.
 */
export type Posting = number | number[];

export function addToPosting<K>(map: Map<K, Posting>, key: K, id: number): void {
  const posting = map.get(key);
  if (posting === undefined) map.set(key, id);
  else if (typeof posting === 'number') {
    if (posting !== id) map.set(key, [posting, id]);
  } else if (!posting.includes(id)) posting.push(id);
}

export function removeFromPosting<K>(map: Map<K, Posting>, key: K, id: number): void {
  const posting = map.get(key);
  if (posting === undefined) return;
  if (typeof posting === 'number') {
    if (posting === id) map.delete(key);
    return;
  }
  const at = posting.indexOf(id);
  if (at < 0) return;
  posting.splice(at, 1);
  // Back to the compact form, so a key shared once does not keep an array forever.
  if (posting.length === 1) map.set(key, posting[0]!);
}

const NO_IDS: readonly number[] = Object.freeze([]);

/** The posting's ids as an array (a fresh one, or a shared frozen empty one). */
export function postingIds(posting: Posting | undefined): readonly number[] {
  if (posting === undefined) return NO_IDS;
  return typeof posting === 'number' ? [posting] : posting.slice();
}
