/**
 * The key strings of every index slot, packed: ASCII keys (all domains, nearly all names) as
 * length-prefixed bytes in one arena, the rest as strings. 100,000 companies × 2–3 keys as JS
 * strings cost a 16-byte header and an 8-byte pointer each, and a verification reads pointer, then
 * string, from two places in memory; here it reads one offset, then length and bytes together.
 *
 * Freed bytes are counted and the arena is compacted when they pass half of it, so churn from
 * cache updates cannot grow it without bound. It grows by a quarter at a time, not double: at
 * 100,000 companies doubling would leave megabytes unused.
 */
import { isAscii } from './ascii';
import { compactString } from './compact-string';

/** refs value for "no key"; other negative values are -(wide index + 2). */
const NONE = -1;
/** Lengths below this take one prefix byte; longer keys take LONG + two bytes (keys are < 1000). */
const LONG = 255;
const COMPACT_MIN_BYTES = 64 * 1024;

export class SlotKeys {
  /** Per slot and kind: arena offset, NONE, or -(index in `wide` + 2). */
  private refs: Int32Array;
  private bytes = new Uint8Array(16 * 1024);
  private used = 0;
  private freed = 0;
  private readonly wide: (string | undefined)[] = [];
  private readonly freeWide: number[] = [];
  /** Times the arena was compacted: refs read before then (refOf) are stale. */
  compactions = 0;

  constructor(private readonly kinds: number) {
    this.refs = new Int32Array(1024 * kinds).fill(NONE);
  }

  get byteLength(): number {
    return this.refs.byteLength + this.bytes.byteLength;
  }

  /** Stores a slot's key of one kind; the slot must be clear (see clearSlot). */
  set(slot: number, kind: number, key: string): void {
    const at = slot * this.kinds + kind;
    if (at >= this.refs.length) this.refs = growRefs(this.refs, at + 1);
    if (!isAscii(key)) {
      const index = this.freeWide.pop() ?? this.wide.length;
      // A flat copy: the key may be a slice of a record's text, which would stay alive with it.
      this.wide[index] = compactString(key);
      this.refs[at] = -index - 2;
      return;
    }
    this.refs[at] = this.append(key);
  }

  /** Gives `kind` the key already stored as `sameAs` (no second copy of the bytes). */
  share(slot: number, kind: number, sameAs: number): void {
    const at = slot * this.kinds + kind;
    if (at >= this.refs.length) this.refs = growRefs(this.refs, at + 1);
    this.refs[at] = this.refs[slot * this.kinds + sameAs]!;
  }

  /** Frees every key of a slot. */
  clearSlot(slot: number): void {
    const first = slot * this.kinds;
    for (let at = first; at < first + this.kinds && at < this.refs.length; at += 1) {
      const ref = this.refs[at]!;
      this.refs[at] = NONE;
      if (ref === NONE || this.refs.subarray(first, at).includes(ref)) continue;
      if (ref < 0) {
        this.wide[-ref - 2] = undefined;
        this.freeWide.push(-ref - 2);
      } else this.freed += this.headerLength(ref) + this.lengthAt(ref);
    }
    if (this.freed > COMPACT_MIN_BYTES && this.freed * 2 > this.used) this.compact();
  }

  get(slot: number, kind: number): string | undefined {
    const ref = this.refOf(slot, kind);
    if (ref === NONE) return undefined;
    if (ref < 0) return this.wide[-ref - 2];
    const start = ref + this.headerLength(ref);
    const view = this.bytes.subarray(start, start + this.lengthAt(ref));
    return String.fromCharCode.apply(null, view as unknown as number[]);
  }

  equals(slot: number, kind: number, key: string): boolean {
    const ref = this.refOf(slot, kind);
    if (ref === NONE) return false;
    if (ref < 0) return this.wide[-ref - 2] === key;
    if (this.lengthAt(ref) !== key.length) return false;
    const start = ref + this.headerLength(ref);
    for (let i = 0; i < key.length; i += 1) if (this.bytes[start + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  /** Whether the key is `codes[0, length)`. */
  equalsCodes(slot: number, kind: number, codes: Uint16Array, length: number): boolean {
    return this.equalsCodesAt(this.refOf(slot, kind), codes, length);
  }

  /** equalsCodes of the key stored at `ref` (see refOf). */
  equalsCodesAt(ref: number, codes: Uint16Array, length: number): boolean {
    if (ref === NONE) return false;
    if (ref < 0) {
      const key = this.wide[-ref - 2]!;
      if (key.length !== length) return false;
      for (let i = 0; i < length; i += 1) if (key.charCodeAt(i) !== codes[i]) return false;
      return true;
    }
    if (this.lengthAt(ref) !== length) return false;
    const start = ref + this.headerLength(ref);
    for (let i = 0; i < length; i += 1) if (this.bytes[start + i] !== codes[i]) return false;
    return true;
  }

  /** Whether the key stored at `ref` (see refOf) is `text[start, end)` lowercased (ASCII letters). */
  equalsLowercaseAsciiAt(ref: number, text: string, start: number, end: number): boolean {
    // Keys compared this way (domains) are always ASCII, so never in `wide`.
    if (ref < 0 || this.lengthAt(ref) !== end - start) return false;
    const from = ref + this.headerLength(ref);
    for (let i = 0; i < end - start; i += 1) {
      const c = text.charCodeAt(start + i);
      if (this.bytes[from + i] !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
    }
    return true;
  }

  /**
   * Where a slot's key of one kind is stored (NONE for none), for the *At methods: valid until
   * the next compaction (see `compactions`).
   */
  refOf(slot: number, kind: number): number {
    const at = slot * this.kinds + kind;
    return at < this.refs.length ? this.refs[at]! : NONE;
  }

  private lengthAt(offset: number): number {
    const length = this.bytes[offset]!;
    return length < LONG ? length : this.bytes[offset + 1]! | (this.bytes[offset + 2]! << 8);
  }

  private headerLength(offset: number): number {
    return this.bytes[offset]! < LONG ? 1 : 3;
  }

  /** Writes a length-prefixed ASCII key at the end of the arena; returns its offset. */
  private append(key: string): number {
    const header = key.length < LONG ? 1 : 3;
    if (this.used + header + key.length > this.bytes.length) this.growBytes(header + key.length);
    const offset = this.used;
    if (header === 1) this.bytes[offset] = key.length;
    else {
      this.bytes[offset] = LONG;
      this.bytes[offset + 1] = key.length & 0xff;
      this.bytes[offset + 2] = key.length >> 8;
    }
    for (let i = 0; i < key.length; i += 1) this.bytes[offset + header + i] = key.charCodeAt(i);
    this.used += header + key.length;
    return offset;
  }

  private growBytes(needed: number): void {
    const size = Math.max(Math.ceil(this.bytes.length * 1.25), this.used + needed);
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.used));
    this.bytes = grown;
  }

  /** Copies the live keys into a fresh arena, in slot order, and rewrites the offsets. */
  private compact(): void {
    this.compactions += 1;
    const old = this.bytes;
    const live = this.used - this.freed;
    this.bytes = new Uint8Array(Math.max(16 * 1024, Math.ceil(live * 1.25)));
    this.used = 0;
    this.freed = 0;
    for (let first = 0; first < this.refs.length; first += this.kinds) {
      for (let at = first; at < first + this.kinds; at += 1) {
        const ref = this.refs[at]!;
        if (ref < 0) continue;
        // A key shared by two kinds of one slot: the earlier kind already moved it.
        let moved = -1;
        for (let earlier = first; earlier < at; earlier += 1) {
          if (oldRefs[earlier - first] === ref) moved = this.refs[earlier]!;
        }
        oldRefs[at - first] = ref;
        if (moved >= 0) {
          this.refs[at] = moved;
          continue;
        }
        const length =
          (old[ref]! < LONG ? 1 : 3) + (old[ref]! < LONG ? old[ref]! : old[ref + 1]! | (old[ref + 2]! << 8));
        this.bytes.set(old.subarray(ref, ref + length), this.used);
        this.refs[at] = this.used;
        this.used += length;
      }
      oldRefs.fill(NONE);
    }
  }
}

/** compact()'s memory of one slot's refs before they were moved (kinds ≤ 8). */
const oldRefs = new Int32Array(8).fill(NONE);

function growRefs(refs: Int32Array, minLength: number): Int32Array {
  const grown = new Int32Array(Math.max(minLength, Math.ceil(refs.length * 1.5))).fill(NONE);
  grown.set(refs);
  return grown;
}
