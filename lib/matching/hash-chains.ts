/**
 * Open-addressing hash table from 30-bit key hashes (key-hash.ts) to chains of links — small
 * non-negative integers the index assigns (a company's slot, or slot·2 + 0/1 for its two domains).
 * Typed arrays instead of a Map<hash, id | id[]>: ~12 bytes per key instead of ~40 (plus an array
 * per shared key), and one cache line per probe, which is what a lookup against 100,000 keys
 * costs on a busy machine.
 *
 * Linear probing; a cell whose chain empties keeps its hash (it may sit inside another key's probe
 * run) until the next rehash drops it. A chain of one link (nearly every key) is stored in the
 * cell itself, encoded as -(link + 2), so reading it costs no second cache miss in `next`.
 */
import { growInt32 } from './grow';

const MAX_LOAD = 0.7;
const EMPTY_CHAIN = -1;
const END = -1;

function single(link: number): number {
  return -(link + 2);
}

export class HashChains {
  /**
   * Two Int32 per cell, side by side so a probe touches one cache line: at 2·cell the hash + 1
   * (0 = never used), at 2·cell + 1 the chain: EMPTY_CHAIN, single(link), or its first link.
   */
  private cells: Int32Array;
  /** Next link after each link in its chain, or END. */
  private next: Int32Array;
  private cellCount: number;
  private shift: number;
  private occupied = 0;
  private liveCells = 0;
  /** Whether the chain `first` returned has one link; `nextLink` then ends it without `next`. */
  private walkingSingle = false;

  constructor(cells = 1024) {
    this.cellCount = 2 ** Math.ceil(Math.log2(Math.max(cells, 16)));
    this.cells = new Int32Array(this.cellCount * 2);
    this.next = new Int32Array(this.cellCount);
    this.shift = 32 - Math.log2(this.cellCount);
  }

  /** Bytes held by the typed arrays (for tests of the memory claims). */
  get byteLength(): number {
    return this.cells.byteLength + this.next.byteLength;
  }

  /** The first link of the keys with this hash, or END. Continue with `nextLink` (no nesting). */
  first(hash: number): number {
    const cell = this.find(hash);
    const head = cell < 0 ? EMPTY_CHAIN : this.cells[cell * 2 + 1]!;
    this.walkingSingle = head < EMPTY_CHAIN;
    return head < EMPTY_CHAIN ? -(head + 2) : head;
  }

  nextLink(link: number): number {
    return this.walkingSingle ? END : this.next[link]!;
  }

  has(hash: number): boolean {
    return this.first(hash) !== END;
  }

  add(hash: number, link: number): void {
    if (link >= this.next.length) this.next = growInt32(this.next, link + 1);
    if ((this.occupied + 1) / this.cellCount > MAX_LOAD) this.rehash();
    let cell = this.find(hash);
    if (cell < 0) {
      cell = ~cell;
      this.cells[cell * 2] = hash + 1;
      this.cells[cell * 2 + 1] = EMPTY_CHAIN;
      this.occupied += 1;
    }
    const at = cell * 2 + 1;
    const head = this.cells[at]!;
    if (head === EMPTY_CHAIN) {
      this.liveCells += 1;
      this.cells[at] = single(link);
      return;
    }
    if (head < EMPTY_CHAIN) {
      // A second link: the single one moves out into `next`.
      const only = -(head + 2);
      this.next[only] = END;
      this.next[link] = only;
    } else this.next[link] = head;
    this.cells[at] = link;
  }

  remove(hash: number, link: number): void {
    const cell = this.find(hash);
    if (cell < 0) return;
    const at = cell * 2 + 1;
    const head = this.cells[at]!;
    if (head < EMPTY_CHAIN) {
      if (-(head + 2) !== link) return;
      this.cells[at] = EMPTY_CHAIN;
      this.liveCells -= 1;
      return;
    }
    let previous = END;
    let current = head;
    while (current !== END && current !== link) {
      previous = current;
      current = this.next[current]!;
    }
    if (current === END) return;
    if (previous === END) this.cells[at] = this.next[current]!;
    else this.next[previous] = this.next[current]!;
    // Back to the single form when one link is left.
    const first = this.cells[at]!;
    if (first !== END && this.next[first] === END) this.cells[at] = single(first);
  }

  /** The cell holding `hash`, or ~(the empty cell where it would go). */
  private find(hash: number): number {
    const cells = this.cells;
    const mask = this.cellCount - 1;
    const stored = hash + 1;
    for (let cell = Math.imul(hash, 0x9e3779b1) >>> this.shift; ; cell = (cell + 1) & mask) {
      const value = cells[cell * 2]!;
      if (value === stored) return cell;
      if (value === 0) return ~cell;
    }
  }

  /** Re-inserts the cells with live chains, doubling the table when they alone fill it past half. */
  private rehash(): void {
    const old = this.cells;
    const oldCount = this.cellCount;
    this.cellCount = (this.liveCells + 1) / oldCount > MAX_LOAD / 2 ? oldCount * 2 : oldCount;
    this.cells = new Int32Array(this.cellCount * 2);
    this.shift = 32 - Math.log2(this.cellCount);
    this.occupied = 0;
    for (let cell = 0; cell < oldCount; cell += 1) {
      const stored = old[cell * 2]!;
      const head = old[cell * 2 + 1]!;
      if (stored === 0 || head === EMPTY_CHAIN) continue;
      const target = ~this.find(stored - 1);
      this.cells[target * 2] = stored;
      this.cells[target * 2 + 1] = head;
      this.occupied += 1;
    }
  }
}
