/**
 * 30-bit FNV-1a hashes of keys' UTF-16 code units. The index's tables (hash-chains.ts) are keyed
 * by these numbers, not by key strings: a V8 Map lookup with a fresh string key was measured at
 * ~0.6 µs against 100,000 keys (hash the string, then compare it with the stored key after a cache
 * miss), one with a small integer at ~0.05 µs. Hashes can collide, so every hit is verified
 * against the stored key; a miss never touches a key. 30 bits keep the number a V8 small integer
 * (Smi) on every platform.
 *
 * The functions agree (and so does domain.ts's domainTailHash, which hashes as it validates): the
 * same code units give the same hash whether they sit in a string, a scratch buffer, or
 * (lowercased) in a slice of page text.
 */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
export const FNV_MASK = 0x3fffffff;

export function hashKey(key: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME);
  return hash & FNV_MASK;
}

export function hashCodes(codes: Uint16Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ codes[i]!, FNV_PRIME);
  return hash & FNV_MASK;
}
