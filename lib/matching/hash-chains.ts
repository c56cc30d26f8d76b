/**
 * Open-addressing hash table from 30-bit key hashes (key-hash.ts) to chains of links — small
 * non-negative integers the index assigns (a company's slot, or slot·2 + 0/1 for its two domains).
 * Typed arrays instead of a Map<hash, id | id[]>: ~12 bytes per key instead of ~40 (plus an array
 * per shared key), and one cache line per probe, which is what a lookup against 100,000 keys
 * costs on a busy machine.
 *
 * Linear probing; a cell whose chain empties keeps its hash (it may sit inside another key's probe
 * run) until the next rehash drops it.
 */
const MAX_LOAD = 0.7;
const EMPTY_CHAIN = -1;
const END = -1;

export class HashChains {
  /** hash + 1 per cell; 0 = never used. */
  private hashes: Int32Array;
  /** First link of the cell's chain, or EMPTY_CHAIN. */
  private heads: Int32Array;
  /** Next link after each link in its chain, or END. */
  private next: Int32Array;
  private shift: number;
  private occupied = 0;
  private liveCells = 0;

  constructor(cells = 1024) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(cells, 16)));
    this.hashes = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.next = new Int32Array(size);
    this.shift = 32 - Math.log2(size);
  }

  /** Bytes held by the typed arrays (for tests of the memory claims). */
  get byteLength(): number {
    return this.hashes.byteLength + this.heads.byteLength + this.next.byteLength;
  }

  /** Links of all keys with this hash, or END. Continue with `nextLink`. */
  first(hash: number): number {
    const cell = this.find(hash);
    return cell < 0 ? END : this.heads[cell]!;
  }

  nextLink(link: number): number {
    return this.next[link]!;
  }

  has(hash: number): boolean {
    return this.first(hash) !== END;
  }

  add(hash: number, link: number): void {
    if (link >= this.next.length) this.next = grow(this.next, link + 1);
    if ((this.occupied + 1) / this.hashes.length > MAX_LOAD) this.rehash();
    let cell = this.find(hash);
    if (cell < 0) {
      cell = ~cell;
      this.hashes[cell] = hash + 1;
      this.heads[cell] = EMPTY_CHAIN;
      this.occupied += 1;
    }
    if (this.heads[cell] === EMPTY_CHAIN) this.liveCells += 1;
    this.next[link] = this.heads[cell]!;
    this.heads[cell] = link;
  }

  remove(hash: number, link: number): void {
    const cell = this.find(hash);
    if (cell < 0) return;
    let previous = END;
    let at = this.heads[cell]!;
    while (at !== END && at !== link) {
      previous = at;
      at = this.next[at]!;
    }
    if (at === END) return;
    if (previous === END) this.heads[cell] = this.next[at]!;
    else this.next[previous] = this.next[at]!;
    if (this.heads[cell] === EMPTY_CHAIN) this.liveCells -= 1;
  }

  /** The cell holding `hash`, or ~(the empty cell where it would go). */
  private find(hash: number): number {
    const mask = this.hashes.length - 1;
    const stored = hash + 1;
    for (let cell = Math.imul(hash, 0x9e3779b1) >>> this.shift; ; cell = (cell + 1) & mask) {
      const value = this.hashes[cell]!;
      if (value === stored) return cell;
      if (value === 0) return ~cell;
    }
  }

  /** Re-inserts the cells with live chains, doubling the table when they alone fill it past half. */
  private rehash(): void {
    const oldHashes = this.hashes;
    const oldHeads = this.heads;
    const size =
      (this.liveCells + 1) / oldHashes.length > MAX_LOAD / 2 ? oldHashes.length * 2 : oldHashes.length;
    this.hashes = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.shift = 32 - Math.log2(size);
    this.occupied = 0;
    for (let cell = 0; cell < oldHashes.length; cell += 1) {
      if (oldHashes[cell] === 0 || oldHeads[cell] === EMPTY_CHAIN) continue;
      const target = ~this.find(oldHashes[cell]! - 1);
      this.hashes[target] = oldHashes[cell]!;
      this.heads[target] = oldHeads[cell]!;
      this.occupied += 1;
    }
  }
}

function grow(array: Int32Array, minLength: number): Int32Array {
  const grown = new Int32Array(Math.max(minLength, array.length * 2));
  grown.set(array);
  return grown;
}
