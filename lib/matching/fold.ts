/**
 * Case- and accent-insensitive words, shared by company and person names: "Pekárna NOVÁK" and
 * "pekarna novak" must meet.
 *
 * The matcher folds up to 10,000 names per page batch, so Latin text (everything a Czech/Slovak
 * CRM shows, all of it below U+0250) goes through a precomputed table in one pass, with no
 * Unicode normalisation and no intermediate strings; the result is a one-byte string, which also
 * halves what the index keeps per key. Anything else (Cyrillic, Greek, CJK, emoji, exotic
 * compatibility forms) takes the general path: NFKD, strip combining marks, Unicode word regex.
 */

import { FNV_MASK, FNV_OFFSET, FNV_PRIME } from './key-hash';

/** Characters below this code point are folded by the table. */
const TABLE_LIMIT = 0x250;

/** Letters NFKD leaves as they are; mapped by hand so Polish, Nordic or German names fold too. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ø: 'o',
  Ø: 'o',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ı: 'i',
  þ: 'th',
  Þ: 'th',
  ð: 'd',
  Ð: 'd',
};

/**
 * Invisible characters that must not split a word: soft hyphen, zero-width (non-)joiners, word
 * joiner, BOM, and bidi controls (hostile pages use U+202E to make text render reversed), and
 * trademark signs, which NFKD would otherwise turn into letters ("Firma™" → "firmatm").
 */
const DROPPED_CHARS =
  /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2122\u2120\u00ae\u00a9]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ASCII_WORD = /^[a-z0-9]+$/;
const COMBINING_MARKS = /\p{M}+/gu;
const WORDS = /[\p{L}\p{N}]+|&/gu;

// Table values: up to three folded ASCII code units packed 7 bits apart (every Latin letter below
// TABLE_LIMIT folds to 1–2), or one of these markers.
const SEPARATOR = 0;
const DROPPED = -1;
const NEEDS_GENERAL_PATH = -2;
const AMPERSAND = -3;

/** How each code point below TABLE_LIMIT folds, precomputed from NFKD at load (~0.2 ms). */
const TABLE: Int32Array = (() => {
  const table = new Int32Array(TABLE_LIMIT);
  for (let code = 0; code < TABLE_LIMIT; code += 1) {
    const char = String.fromCharCode(code);
    const folded = UNDECOMPOSABLE[char] ?? char.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
    if (char.replace(DROPPED_CHARS, '') === '') table[code] = DROPPED;
    else if (char === '&') table[code] = AMPERSAND;
    else if (ASCII_WORD.test(folded) && folded.length <= 3) {
      let packed = 0;
      for (let i = folded.length - 1; i >= 0; i -= 1) packed = (packed << 7) | folded.charCodeAt(i);
      table[code] = packed;
    } else if (LETTER_OR_DIGIT.test(char)) table[code] = NEEDS_GENERAL_PATH;
    else table[code] = SEPARATOR;
  }
  return table;
})();

/** Reused output buffer; folding is synchronous, so one per realm is enough. */
let scratch = new Uint16Array(1024);

/**
 * The words foldInto last wrote, when it took the table path (nearly always): `count` words, word
 * k ending at `ends[k]` in the scratch buffer, and `hashes[k]` = hashCodes(scratch, 0, ends[k]),
 * computed as the words were written. A caller that cuts trailing words off (company-name.ts
 * strips legal forms) then has its key's hash without another pass. `count` is -1 after the
 * general path, which does not track words.
 */
export const foldedWordEnds = {
  count: 0,
  ends: new Int32Array(64),
  hashes: new Int32Array(64),
};

/** The buffer `foldInto` wrote to (valid until the next call). */
export function foldScratch(): Uint16Array {
  return scratch;
}

/**
 * Writes the folded words of `text` into the scratch buffer as single-space-separated UTF-16 code
 * units (letters/digits runs, and '&' as a word of its own; everything else — punctuation, quotes,
 * emoji — separates words, so "s.r.o." and "s. r. o." both give "s r o"). Returns the length.
 * Callers work on the buffer in place and make one string at the end, instead of one per word.
 */
export function foldInto(text: string): number {
  const length = foldLatinInto(text);
  if (length >= 0) return length;
  foldedWordEnds.count = -1;
  const words = foldGeneral(text).match(WORDS) ?? [];
  let total = 0;
  for (const word of words) total += word.length + 1;
  ensureCapacity(total);
  let at = 0;
  for (const word of words) {
    if (at > 0) scratch[at++] = 32;
    for (let i = 0; i < word.length; i += 1) scratch[at++] = word.charCodeAt(i);
  }
  return at;
}

/** Folded words as strings. */
export function foldedWords(text: string): string[] {
  const length = foldInto(text);
  return length === 0 ? [] : scratchString(0, length).split(' ');
}

const utf16 = new TextDecoder('utf-16le');

/**
 * A string of scratch[start, end). TextDecoder is the fastest way from code units to a flat
 * string here (no rope, no slice of page text), and yields a one-byte string for ASCII.
 */
export function scratchString(start: number, end: number): string {
  return end <= start ? '' : utf16.decode(scratch.subarray(start, end));
}

function ensureCapacity(length: number): void {
  if (scratch.length < length) scratch = new Uint16Array(Math.max(length, scratch.length * 2));
}

/** foldInto for text below TABLE_LIMIT (plus punctuation and emoji); -1 if it needs the general path. */
function foldLatinInto(text: string): number {
  // Each input character yields at most 3 output code units ("&" becomes " & ") and ends at most
  // one word.
  ensureCapacity(text.length * 3);
  const out = scratch;
  const words = foldedWordEnds;
  if (words.ends.length <= text.length) {
    words.ends = new Int32Array(text.length * 2);
    words.hashes = new Int32Array(text.length * 2);
  }
  const ends = words.ends;
  const hashes = words.hashes;
  let count = 0;
  // `| 0`: the same bits as an int32, so V8 keeps `hash` in a register as one from the start.
  let hash = FNV_OFFSET | 0;
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let folded: number;
    if (code < TABLE_LIMIT) folded = TABLE[code]!;
    else if (isInvisible(code)) continue;
    else if (isSymbolOrPunctuation(code)) {
      folded = SEPARATOR;
      // An emoji is a surrogate pair: skip its second half too.
      if (code >= 0xd83c && code <= 0xd83e) i += 1;
    } else return -1;

    if (folded > 0) {
      if (pendingSpace) {
        pendingSpace = false;
        if (length > 0) {
          ends[count] = length;
          hashes[count++] = hash & FNV_MASK;
          out[length++] = 32;
          hash = Math.imul(hash ^ 32, FNV_PRIME);
        }
      }
      if (folded < 0x80) {
        out[length++] = folded;
        hash = Math.imul(hash ^ folded, FNV_PRIME);
        continue;
      }
      do {
        const unit = folded & 0x7f;
        out[length++] = unit;
        hash = Math.imul(hash ^ unit, FNV_PRIME);
        folded >>= 7;
      } while (folded > 0);
    } else if (folded === SEPARATOR) pendingSpace = true;
    else if (folded === AMPERSAND) {
      if (length > 0) {
        ends[count] = length;
        hashes[count++] = hash & FNV_MASK;
        out[length++] = 32;
        hash = Math.imul(hash ^ 32, FNV_PRIME);
      }
      out[length++] = 38;
      hash = Math.imul(hash ^ 38, FNV_PRIME);
      pendingSpace = true;
    } else if (folded === NEEDS_GENERAL_PATH) return -1;
    // DROPPED: nothing
  }
  if (length > 0) {
    ends[count] = length;
    hashes[count++] = hash & FNV_MASK;
  }
  words.count = count;
  return length;
}

/** The characters DROPPED_CHARS matches above TABLE_LIMIT (below it the table has them). */
function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0x2122 ||
    code === 0x2120
  );
}

/** Punctuation, spaces and emoji above TABLE_LIMIT, which separate words like ASCII punctuation. */
function isSymbolOrPunctuation(code: number): boolean {
  return (
    (code >= 0x2000 && code <= 0x206f) || // quotes „“, dashes, ellipsis, bullets, thin spaces
    (code >= 0x2190 && code <= 0x27bf) || // arrows, technical and miscellaneous symbols, dingbats
    code === 0x3000 || // ideographic space
    code === 0xfe0f || // emoji presentation selector
    (code >= 0xd83c && code <= 0xd83e) // high surrogate of U+1F000–U+1FBFF: emoji, pictographs
  );
}

/** Lowercase, accents removed, compatibility forms (fullwidth, ligatures) unified. */
function foldGeneral(text: string): string {
  return text
    .replace(DROPPED_CHARS, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[łđøßæœıþð]/g, (c) => UNDECOMPOSABLE[c] ?? c);
}
