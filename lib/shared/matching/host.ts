/**
 * Finding the host in what a page calls a website or an e-mail ("https://user@Shop.Firma.cz:8443/x",
 * "mailto:jan@firma.cz?subject=…", "firma.cz.") and checking it is a DNS name, by hand-written
 * scans rather than regexes or `new URL`: this runs for every website and e-mail clue of every query.
 */
import { isAscii } from './ascii';

const MAX_LABEL_LENGTH = 63;
const MAX_HOST_LENGTH = 253;

/**
 * Where locateHost found the host: `input.slice(located.start, located.end)`. Module scope, so
 * the hot path allocates nothing; valid until the next call (JS is single-threaded).
 */
export const located = { start: 0, end: 0 };

/** checkHost results. */
export const INVALID = -1;
export const UPPERCASE = 1;
export const NON_ASCII_HOST = 2;

/**
 * Finds the host of a URL, host[:port] or address and sets `located`. Accepts http(s)
 * and mailto schemes, userinfo, ports and trailing dots; false for other schemes and for garbage.
 */
export function locateHost(input: string): boolean {
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) <= 32) start += 1;
  while (end > start && input.charCodeAt(end - 1) <= 32) end -= 1;

  start = afterScheme(input, start, end);
  if (start < 0) return false;
  while (start < end && (input.charCodeAt(start) === 47 || input.charCodeAt(start) === 92)) start += 1; // / \

  // Authority: up to the first / ? # or \; the host follows its last '@' (userinfo or local
  // part) and ends at the port's ':'. Native indexOf scans beat a JS loop several times over.
  const authorityEnd = Math.min(
    firstIndex(input, '/', start, end),
    firstIndex(input, '?', start, end),
    firstIndex(input, '#', start, end),
    firstIndex(input, '\\', start, end),
  );
  const at = authorityEnd > start ? input.lastIndexOf('@', authorityEnd - 1) : -1;
  const from = at >= start ? at + 1 : start;
  const colon = firstIndex(input, ':', from, authorityEnd);
  let to = authorityEnd;
  if (colon < authorityEnd) {
    // A port is up to 5 digits; any other colon means IPv6 or garbage.
    if (authorityEnd - colon - 1 > 5) return false;
    for (let i = colon + 1; i < authorityEnd; i += 1) {
      const c = input.charCodeAt(i);
      if (c < 48 || c > 57) return false;
    }
    to = colon;
  }
  while (to > from && input.charCodeAt(to - 1) === 46) to -= 1; // trailing dots
  if (to === from || to - from > MAX_HOST_LENGTH) return false;
  located.start = from;
  located.end = to;
  return true;
}

/** Index of `char` in `input[from, end)`, or `end`. */
function firstIndex(input: string, char: string, from: number, end: number): number {
  const index = input.indexOf(char, from);
  return index < 0 || index > end ? end : index;
}

/**
 * Where the text after an accepted scheme starts: past "http:", "https:" or "mailto:", or
 * `start` when there is no scheme (or "firma.cz:8080" — a host and port, not a scheme).
 * -1 for any other scheme (javascript:, data:, ftp:, tel:…): not a website.
 */
function afterScheme(input: string, start: number, end: number): number {
  // Native indexOf first: most inputs ("www.firma.cz", "jan@firma.cz") have no colon at all.
  const colon = input.indexOf(':', start);
  if (colon < 0 || colon >= end) return start;
  const first = input.charCodeAt(start) | 32;
  if (first < 97 || first > 122) return start;
  for (let i = start + 1; i < colon; i += 1) {
    const c = input.charCodeAt(i);
    const lower = c | 32;
    const schemeChar =
      (lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
    if (!schemeChar) return start; // "jan@firma.cz:80", "firma.cz/a:b": the colon is not a scheme's
  }
  if (
    isScheme(input, start, colon, 'http') ||
    isScheme(input, start, colon, 'https') ||
    isScheme(input, start, colon, 'mailto')
  ) {
    return colon + 1;
  }
  // "host:port" with the port followed by the end or a path.
  let j = colon + 1;
  while (j < end && input.charCodeAt(j) >= 48 && input.charCodeAt(j) <= 57) j += 1;
  const digits = j - colon - 1;
  const next = input.charCodeAt(j);
  const portEnds = j === end || next === 47 || next === 63 || next === 35 || next === 92;
  return digits > 0 && digits <= 5 && portEnds ? start : -1;
}

/** Case-insensitive `input[start, end) === scheme` for a lowercase ASCII scheme. */
function isScheme(input: string, start: number, end: number, scheme: string): boolean {
  if (end - start !== scheme.length) return false;
  for (let i = 0; i < scheme.length; i += 1) {
    if ((input.charCodeAt(start + i) | 32) !== scheme.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Whether `input[start, end)` is a valid LDH host name: letters, digits and hyphens in
 * dot-separated labels of 1–63, no label starting or ending with '-', and not ending in a numeric
 * label (every IPv4 address does; no TLD does). INVALID, or flags: UPPERCASE, NON_ASCII_HOST
 * (left to IDNA, which validates it).
 */
export function checkHost(input: string, start: number, end: number): number {
  let flags = 0;
  let labelStart = start;
  let numericLabel = true;
  for (let i = start; i <= end; i += 1) {
    const c = i < end ? input.charCodeAt(i) : 46;
    if (c === 46) {
      const length = i - labelStart;
      if (length === 0 || length > MAX_LABEL_LENGTH) return INVALID;
      if (input.charCodeAt(labelStart) === 45 || input.charCodeAt(i - 1) === 45) return INVALID;
      if (i < end) {
        labelStart = i + 1;
        numericLabel = true;
      }
    } else if (c >= 48 && c <= 57) {
      // a digit keeps the label numeric
    } else if ((c >= 97 && c <= 122) || c === 45) {
      numericLabel = false;
    } else if (c >= 65 && c <= 90) {
      numericLabel = false;
      flags |= UPPERCASE;
    } else if (c >= 0x80) {
      return NON_ASCII_HOST;
    } else {
      return INVALID;
    }
  }
  return numericLabel ? INVALID : flags;
}

/** Punycode via the WHATWG URL parser, which also applies IDNA mapping (fullwidth dots, case). */
export function idnToAscii(host: string): string | undefined {
  let ascii: string;
  try {
    ascii = new URL(`http://${host}/`).hostname;
  } catch {
    // Not a valid host name: nothing to match it by.
    return undefined;
  }
  // The URL parser returns ASCII here; the check keeps any surprise out of the ASCII-only path.
  if (!isAscii(ascii)) return undefined;
  const flags = checkHost(ascii, 0, ascii.length);
  return flags === INVALID ? undefined : ascii.toLowerCase();
}
