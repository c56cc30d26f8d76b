/**
 * Registrable domain (eTLD+1) of whatever a page calls a website or an e-mail: the one key that
 * survives "https://www.firma.cz/kontakt", "FIRMA.CZ", "shop.firma.cz:8443" and "jan@firma.cz".
 */
import { parse } from 'tldts';
import { isAscii } from './ascii';
import { FNV_MASK, FNV_OFFSET, FNV_PRIME } from './key-hash';
import { SITE_BUILDER_SUFFIXES } from './shared-hosts';

// - allowPrivateDomains: "pekarna.github.io" and "firma.co.cz" belong to different owners than
//   "github.io"/"co.cz", so the private section of the Public Suffix List must count.
// - extractHostname: false: we extract and validate the host ourselves (stricter than tldts about
//   schemes, and cheaper), so tldts only walks its suffix trie.
// - detectIp: false: hosts whose last label is numeric (every IPv4 address) are rejected before.
// No memo by host: measured, a Map lookup + insert per miss cost more than tldts itself (~0.4 µs),
// and the matcher's prefilter (domainTailHash) already spares tldts for hosts the index lacks.
const TLDTS_OPTIONS = { allowPrivateDomains: true, extractHostname: false, detectIp: false } as const;

const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;

/** Result of locateHost, kept in module scope so the hot path allocates nothing (JS is single-threaded). */
let hostStart = 0;
let hostEnd = 0;

/** checkHost results. */
const INVALID = -1;
const UPPERCASE = 1;
const NON_ASCII_HOST = 2;

/**
 * eTLD+1 of a URL, bare host or e-mail address, lowercased (IDN hosts in their punycode form, as
 * browsers store them). `undefined` for anything else: IP addresses, localhost, unknown TLDs
 * ("index.html"), non-http(s) schemes ("javascript:", "data:"), hosts that are a public suffix.
 */
export function registrableDomain(input: unknown): string | undefined {
  if (typeof input !== 'string' || !locateHost(input)) return undefined;
  const flags = checkHost(input, hostStart, hostEnd);
  if (flags === INVALID) return undefined;
  return domainOfLocatedHost(input, flags);
}

/**
 * registrableDomain of `input` when domainTailHash(input) was the last call into this module and
 * returned a hash (an ASCII host): reuses the host it located instead of scanning the text again.
 */
export function registrableDomainAfterTail(input: string): string | undefined {
  return domainOfLocatedHost(input, lastTail.uppercase ? UPPERCASE : 0);
}

function domainOfLocatedHost(input: string, flags: number): string | undefined {
  let host = input.slice(hostStart, hostEnd);
  if (flags & NON_ASCII_HOST) {
    const ascii = idnToAscii(host);
    if (ascii === undefined) return undefined;
    host = ascii;
  } else if (flags & UPPERCASE) host = host.toLowerCase();
  return domainOfHost(host);
}

/** domainTailHash: the text has no valid host, so no registrable domain at all. */
export const NO_HOST = -1;
/** domainTailHash: an internationalised host, which only the full computation can tell. */
export const UNKNOWN_TAIL = -2;

/**
 * Where domainTailHash found the tail, valid until the next call (module scope, so the hot path
 * allocates nothing). `wholeHost`: the host is just those two labels ("firma.cz"); `wwwHost`: it
 * is "www." and those two labels, the other form pages show most.
 */
export const lastTail = { start: 0, end: 0, wholeHost: false, wwwHost: false, uppercase: false };

/**
 * hashKey of the last two labels of the host in `input` ("firma.cz" for "https://shop.firma.cz/"),
 * computed in place without allocating: a registrable domain always ends in those two labels, so
 * when no indexed domain does, the host cannot match and the matcher skips tldts. Same host
 * extraction as registrableDomain; NO_HOST or UNKNOWN_TAIL when there is no such hash.
 */
export function domainTailHash(input: string): number {
  if (!locateHost(input)) return NO_HOST;
  // One pass over the host, the same checks as checkHost, hashing as it goes: `one` is the FNV
  // state over the current label, `two` over the previous label, '.', and the current label.
  let one = FNV_OFFSET;
  let two = FNV_OFFSET;
  let labelStart = hostStart;
  let previousLabelStart = -1;
  let numericLabel = true;
  let uppercase = false;
  for (let i = hostStart; i <= hostEnd; i += 1) {
    let c = i < hostEnd ? input.charCodeAt(i) : 46;
    if (c === 46) {
      const length = i - labelStart;
      if (length === 0 || length > MAX_LABEL_LENGTH) return NO_HOST;
      if (input.charCodeAt(labelStart) === 45 || input.charCodeAt(i - 1) === 45) return NO_HOST;
      if (i === hostEnd) break;
      two = Math.imul(one ^ 46, FNV_PRIME);
      one = FNV_OFFSET;
      previousLabelStart = labelStart;
      labelStart = i + 1;
      numericLabel = true;
      continue;
    }
    if (c >= 48 && c <= 57) {
      // a digit keeps the label numeric
    } else if ((c >= 97 && c <= 122) || c === 45) {
      numericLabel = false;
    } else if (c >= 65 && c <= 90) {
      numericLabel = false;
      uppercase = true;
      c += 32;
    } else if (c >= 0x80) {
      return UNKNOWN_TAIL;
    } else {
      return NO_HOST;
    }
    one = Math.imul(one ^ c, FNV_PRIME);
    two = Math.imul(two ^ c, FNV_PRIME);
  }
  if (numericLabel || previousLabelStart < 0) return NO_HOST; // an IP address; a single label
  lastTail.start = previousLabelStart;
  lastTail.end = hostEnd;
  lastTail.wholeHost = previousLabelStart === hostStart;
  lastTail.wwwHost = previousLabelStart - hostStart === 4 && isWww(input, hostStart);
  lastTail.uppercase = uppercase;
  return two & FNV_MASK;
}

/** Case-insensitive "www." at `start`. */
function isWww(input: string, start: number): boolean {
  return (
    (input.charCodeAt(start) | 32) === 119 &&
    (input.charCodeAt(start + 1) | 32) === 119 &&
    (input.charCodeAt(start + 2) | 32) === 119 &&
    input.charCodeAt(start + 3) === 46
  );
}

/** The last two labels of a (valid, lowercase) domain: what domainTailHash hashes. */
export function domainTail(domain: string): string {
  const lastDot = domain.lastIndexOf('.');
  return lastDot < 0 ? domain : domain.slice(domain.lastIndexOf('.', lastDot - 1) + 1);
}

/**
 * Finds the host of a URL, host[:port] or address and sets hostStart/hostEnd. A hand-written
 * scan rather than regexes or `new URL`: it runs for every website and e-mail clue of every query.
 */
function locateHost(input: string): boolean {
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
  hostStart = from;
  hostEnd = to;
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
function checkHost(input: string, start: number, end: number): number {
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
function idnToAscii(host: string): string | undefined {
  let ascii: string;
  try {
    ascii = new URL(`http://${host}/`).hostname;
  } catch {
    return undefined;
  }
  // The URL parser returns ASCII here; the check keeps any surprise out of the ASCII-only path.
  if (!isAscii(ascii)) return undefined;
  const flags = checkHost(ascii, 0, ascii.length);
  return flags === INVALID ? undefined : ascii.toLowerCase();
}

function domainOfHost(host: string): string | undefined {
  const result = parse(host, TLDTS_OPTIONS);
  // A suffix the list does not know ("index.html", "firma.local") falls under the implicit "*"
  // rule in tldts; such hosts are file names or intranet names, never a company's website.
  if (!result.isIcann && !result.isPrivate) return undefined;
  const domain = result.domain;
  if (domain === null) return undefined;
  if (!SITE_BUILDER_SUFFIXES.has(domain)) return domain;
  // "pekarna.webnode.cz" → the customer's label plus the builder's domain; the builder alone is
  // no one's registrable domain, as with any public suffix.
  if (host.length === domain.length) return undefined;
  const labelStart = host.lastIndexOf('.', host.length - domain.length - 2) + 1;
  return host.slice(labelStart);
}
