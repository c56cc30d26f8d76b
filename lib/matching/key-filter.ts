/**
 * A bitset over key hashes, checked before the index's hash tables. The tables for 100,000
 * companies take megabytes, so a probe for a key that is not there (most probes: most clues on a
 * page name no Leady company) usually costs a cache miss; this filter is 256 KB and answers most
 * such probes from cache. False positives only cost the table probe that would have happened
 * anyway; there are no false negatives.
 *
 * Bits are never cleared on removal (another key may share the bit); removed keys leave stale
 * bits that only cost false positives, and the index rebuilds the filter when they pile up.
 */
const BITS_LOG2 = 21;
const SHIFT = 32 - BITS_LOG2;

export class KeyFilter {
  private readonly words = new Uint32Array(2 ** (BITS_LOG2 - 5));

  add(hash: number): void {
    const bit = Math.imul(hash, 0x9e3779b1) >>> SHIFT;
    this.words[bit >>> 5]! |= 1 << (bit & 31);
  }

  mayContain(hash: number): boolean {
    const bit = Math.imul(hash, 0x9e3779b1) >>> SHIFT;
    return (this.words[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  clear(): void {
    this.words.fill(0);
  }
}
