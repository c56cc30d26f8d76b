/**
 * Company-name key: "Pekárna Novák, s.r.o." and "PEKARNA NOVAK spol. s r. o." are one company to a
 * human, so they must be one key. The weakest key: only used when no IČO or domain decides.
 * Works on the fold scratch buffer in place and makes a single string: it runs for most queries.
 */
import { foldedWordEnds, foldInto, foldScratch, scratchString } from './fold';
import { hashCodes } from './key-hash';
import { trailingLegalFormLength } from './legal-forms';

/** Longer text is a paragraph, not a company name; refusing it keeps hostile input cheap. */
const MAX_NAME_LENGTH = 300;
const SPACE = 32;
const AMPERSAND = 38;

/**
 * Folded words without trailing legal forms, connectors ("a", "and", "und", "et", "&": "Novák &
 * syn" = "Novák a syn") unified to '&', separated by single spaces. `undefined` when nothing
 * identifying is left: empty text, punctuation or emoji only, or a name that is nothing but a
 * legal form ("s.r.o.") — an empty key would match every empty name.
 */
export function normalizeCompanyName(name: unknown): string | undefined {
  const length = companyNameInto(name);
  return length < 0 ? undefined : scratchString(0, length);
}

/**
 * normalizeCompanyName's key, left in the fold scratch buffer (see fold.ts) as `[0, length)`;
 * returns the length, or -1 for no key, and leaves the key's hashCodes for companyNameHash. Lets
 * the matcher probe the index by hash and skip making a string when no indexed name has it.
 */
export function companyNameInto(name: unknown): number {
  if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH) return -1;
  const length = foldInto(name);
  const codes = foldScratch();
  let end = length;
  for (;;) {
    const formLength = trailingLegalFormLength(codes, end);
    if (formLength === 0) break;
    // A name that is only a legal form identifies nothing. A form that would leave nothing after
    // others were stripped is part of the name instead ("Spa s.r.o." → "spa").
    if (formLength === end) {
      if (end === length) return -1;
      break;
    }
    end -= formLength + 1;
  }
  if (end === 0) return -1;
  // Nearly always: the fold tracked its words and hashed them as it went, and no connector is
  // left to rewrite, so the key is the buffer up to `end` and its hash is already known.
  const words = foldedWordEnds;
  if (words.count > 0) {
    let last = words.count - 1;
    while (last > 0 && words.ends[last]! > end) last -= 1;
    if (words.ends[last] === end && !hasConnector(codes, words.ends, last)) {
      lastHash = words.hashes[last]!;
      return end;
    }
  }
  return rewriteConnectors(codes, end);
}

/** hashCodes of the key the last successful companyNameInto left in the scratch buffer. */
export function companyNameHash(): number {
  return lastHash;
}

let lastHash = 0;

/** Whether any of the folded words 0…last (word k ends at ends[k]) is a connector. */
function hasConnector(codes: Uint16Array, ends: Int32Array, last: number): boolean {
  let start = 0;
  for (let k = 0; k <= last; k += 1) {
    const stop = ends[k]!;
    if (stop - start <= 3 && isConnector(codes, start, stop - start)) return true;
    start = stop + 1;
  }
  return false;
}

/**
 * Rewrites connectors in `codes[0, end)` to '&' in place (the text only shrinks); returns the new
 * length, or -1 when nothing but connectors is left.
 */
function rewriteConnectors(codes: Uint16Array, end: number): number {
  let out = 0;
  let identifying = false;
  for (let start = 0; start < end; ) {
    let stop = start;
    while (stop < end && codes[stop] !== SPACE) stop += 1;
    if (out > 0) codes[out++] = SPACE;
    if (isConnector(codes, start, stop - start)) codes[out++] = AMPERSAND;
    else {
      identifying = true;
      if (out !== start) codes.copyWithin(out, start, stop);
      out += stop - start;
    }
    start = stop + 1;
  }
  if (!identifying) return -1;
  lastHash = hashCodes(codes, 0, out);
  return out;
}

/** a, &, et, and, und. */
function isConnector(codes: Uint16Array, start: number, length: number): boolean {
  const c0 = codes[start];
  if (length === 1) return c0 === 97 || c0 === AMPERSAND;
  if (length === 2) return c0 === 101 && codes[start + 1] === 116;
  if (length === 3) return (c0 === 97 || c0 === 117) && codes[start + 1] === 110 && codes[start + 2] === 100;
  return false;
}
