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
 *
 * Optionally each link carries a payload, an Int32 its owner chooses (the index stores where the
 * link's key bytes are). A single link's payload sits in its cell too: the owner can then read
 * the key straight from the cell's address, not from a per-slot table first. On this machine
 * every dependent cache miss costs ~150 ns (and twice that when neighbours load the shared L3);
 * one level less on each hit is what this saves.
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
   * `stride` Int32 per cell, side by side so a probe touches one cache line: at stride·cell the
   * hash + 1 (0 = never used), then the chain: EMPTY_CHAIN, single(link), or its first link;
   * with payloads, then the single link's payload (stale while the chain has more links).
   */
  private cells: Int32Array;
  private readonly stride: number;
  /** Next link after each link in its chain, or END. */
  private next: Int32Array;
  /** Each link's payload (with payloads only). */
  private payloads: Int32Array;
  private cellCount: number;
  private shift: number;
  private occupied = 0;
  private liveCells = 0;
  /** Whether the chain `first` returned has one link; `nextLink` then ends it without `next`. */
  private walkingSingle = false;
  /**
   * The payload of the link `first` returned (of a single link, read from its cell). Later
   * links: `payloadOf`.
   */
  headPayload = 0;

  /** @param withPayloads whether links carry payloads (see the class comment). */
  constructor(cells = 1024, withPayloads = false) {
    this.cellCount = 2 ** Math.ceil(Math.log2(Math.max(cells, 16)));
    // 4, not 3: a 16-byte cell never straddles two cache lines.
    this.stride = withPayloads ? 4 : 2;
    this.cells = new Int32Array(this.cellCount * this.stride);
    this.next = new Int32Array(this.cellCount);
    this.payloads = new Int32Array(withPayloads ? this.cellCount : 0);
    this.shift = 32 - Math.log2(this.cellCount);
  }

  /** Bytes held by the typed arrays (for tests of the memory claims). */
  get byteLength(): number {
    return this.cells.byteLength + this.next.byteLength + this.payloads.byteLength;
  }

  /** The first link of the keys with this hash, or END. Continue with `nextLink` (no nesting). */
  first(hash: number): number {
    const cell = this.find(hash);
    const at = cell * this.stride + 1;
    const head = cell < 0 ? EMPTY_CHAIN : this.cells[at]!;
    this.walkingSingle = head < EMPTY_CHAIN;
    if (this.stride === 2) return head < EMPTY_CHAIN ? -(head + 2) : head;
    if (head >= EMPTY_CHAIN) {
      if (head !== EMPTY_CHAIN) this.headPayload = this.payloads[head]!;
      return head;
    }
    this.headPayload = this.cells[at + 1]!;
    return -(head + 2);
  }

  /** A link's payload (0 if it was added without one). */
  payloadOf(link: number): number {
    return this.payloads[link]!;
  }

  nextLink(link: number): number {
    return this.walkingSingle ? END : this.next[link]!;
  }

  has(hash: number): boolean {
    return this.first(hash) !== END;
  }

  add(hash: number, link: number, payload = 0): void {
    if (link >= this.next.length) this.next = growInt32(this.next, link + 1);
    if (this.stride > 2) {
      if (link >= this.payloads.length) this.payloads = growInt32(this.payloads, link + 1);
      this.payloads[link] = payload;
    }
    if ((this.occupied + 1) / this.cellCount > MAX_LOAD) this.rehash();
    let cell = this.find(hash);
    if (cell < 0) {
      cell = ~cell;
      this.cells[cell * this.stride] = hash + 1;
      this.cells[cell * this.stride + 1] = EMPTY_CHAIN;
      this.occupied += 1;
    }
    const at = cell * this.stride + 1;
    const head = this.cells[at]!;
    if (head === EMPTY_CHAIN) {
      this.liveCells += 1;
      this.setSingle(at, link);
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
    const at = cell * this.stride + 1;
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
    if (first !== END && this.next[first] === END) this.setSingle(at, first);
  }

  /** Sets every link's payload again (after the owner moved what payloads point to). */
  refreshPayloads(payloadOf: (link: number) => number): void {
    if (this.stride === 2) return;
    for (let cell = 0; cell < this.cellCount; cell += 1) {
      const head = this.cells[cell * this.stride + 1]!;
      if (this.cells[cell * this.stride] === 0 || head === EMPTY_CHAIN) continue;
      if (head < EMPTY_CHAIN) {
        this.setSingle(cell * this.stride + 1, -(head + 2), payloadOf(-(head + 2)));
        continue;
      }
      for (let link = head; link !== END; link = this.next[link]!) this.payloads[link] = payloadOf(link);
    }
  }

  /** Makes the chain at `at` the single `link`, its payload copied into the cell. */
  private setSingle(at: number, link: number, payload?: number): void {
    this.cells[at] = single(link);
    if (this.stride === 2) return;
    if (payload !== undefined) this.payloads[link] = payload;
    this.cells[at + 1] = this.payloads[link]!;
  }

  /** The cell holding `hash`, or ~(the empty cell where it would go). */
  private find(hash: number): number {
    const cells = this.cells;
    const mask = this.cellCount - 1;
    const stored = hash + 1;
    const stride = this.stride;
    for (let cell = Math.imul(hash, 0x9e3779b1) >>> this.shift; ; cell = (cell + 1) & mask) {
      const value = cells[cell * stride]!;
      if (value === stored) return cell;
      if (value === 0) return ~cell;
    }
  }

  /** Re-inserts the cells with live chains, doubling the table when they alone fill it past half. */
  private rehash(): void {
    const old = this.cells;
    const oldCount = this.cellCount;
    this.cellCount = (this.liveCells + 1) / oldCount > MAX_LOAD / 2 ? oldCount * 2 : oldCount;
    const stride = this.stride;
    this.cells = new Int32Array(this.cellCount * stride);
    this.shift = 32 - Math.log2(this.cellCount);
    this.occupied = 0;
    for (let cell = 0; cell < oldCount; cell += 1) {
      const stored = old[cell * stride]!;
      const head = old[cell * stride + 1]!;
      if (stored === 0 || head === EMPTY_CHAIN) continue;
      const target = ~this.find(stored - 1);
      this.cells.set(old.subarray(cell * stride, cell * stride + stride), target * stride);
      this.occupied += 1;
    }
  }
}
