/**
 * Registrable domain (eTLD+1) of whatever a page calls a website or an e-mail: the one key that
 * survives "https://www.firma.cz/kontakt", "FIRMA.CZ", "shop.firma.cz:8443" and "jan@firma.cz".
 */
import { parse } from 'tldts';
import {
  checkHost,
  INVALID,
  idnToAscii,
  located,
  locateHost,
  MAX_HOST_LENGTH,
  MAX_LABEL_LENGTH,
  NON_ASCII_HOST,
  UPPERCASE,
} from './host';
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

/**
 * eTLD+1 of a URL, bare host or e-mail address, lowercased (IDN hosts in their punycode form, as
 * browsers store them). `undefined` for anything else: IP addresses, localhost, unknown TLDs
 * ("index.html"), non-http(s) schemes ("javascript:", "data:"), hosts that are a public suffix.
 */
export function registrableDomain(input: unknown): string | undefined {
  if (typeof input !== 'string' || !locateHost(input)) return undefined;
  const flags = checkHost(input, located.start, located.end);
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
  let host = input.slice(located.start, located.end);
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
  const hash = plainTailHash(input);
  if (hash !== NOT_PLAIN) return hash;
  if (!locateHost(input)) return NO_HOST;
  return locatedTailHash(input, located.start, located.end);
}

/** plainTailHash: the text is not of a shape it reads; locateHost decides. */
const NOT_PLAIN = -3;

/**
 * domainTailHash in one pass, for the shapes pages nearly always show: "firma.cz",
 * "https://www.firma.cz/kontakt", "jan.novak@firma.cz". Starts after "http://" or "https://" (or
 * at 0), hashes and checks the host as it reads it up to the first '/', '?' or '#', and starts
 * over after each '@' (what came before was userinfo or an address's local part, whose odd
 * characters and labels only matter if no '@' follows). Anything else (spaces, ':', '\\',
 * non-ASCII, trailing dots, more slashes) is NOT_PLAIN, left to locateHost: this spares its
 * native scans of the whole text, which cost as much as hashing the host.
 */
function plainTailHash(input: string): number {
  const end = input.length;
  const hostFrom = httpSchemeLength(input);
  let hostStart = hostFrom;
  let one = FNV_OFFSET;
  let two = FNV_OFFSET;
  let labelStart = hostFrom;
  let previousLabelStart = -1;
  let numericLabel = true;
  let uppercase = false;
  // Set by a character or label no host may have; an '@' after it clears it.
  let invalid = false;
  let i = hostFrom;
  for (; i < end; i += 1) {
    let c = input.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c === 45) numericLabel = false;
    else if (c >= 48 && c <= 57) {
      // a digit keeps the label numeric
    } else if (c === 46) {
      if (!isLabel(input, labelStart, i)) invalid = true;
      two = Math.imul(one ^ 46, FNV_PRIME);
      one = FNV_OFFSET;
      previousLabelStart = labelStart;
      labelStart = i + 1;
      numericLabel = true;
      continue;
    } else if (c >= 65 && c <= 90) {
      numericLabel = false;
      uppercase = true;
      c += 32;
    } else if (c === 47 || c === 63 || c === 35)
      break; // / ? #: the authority ends
    else if (c === 64) {
      hostStart = i + 1;
      one = FNV_OFFSET;
      two = FNV_OFFSET;
      labelStart = hostStart;
      previousLabelStart = -1;
      numericLabel = true;
      uppercase = false;
      invalid = false;
      continue;
    } else if (c > 32 && c < 0x7f && c !== 58 && c !== 92) {
      invalid = true; // "jan_novak", "a+b": fine in a local part, never in a host
      continue;
    } else return NOT_PLAIN;
    one = Math.imul(one ^ c, FNV_PRIME);
    two = Math.imul(two ^ c, FNV_PRIME);
  }
  const hostEnd = i;
  if (hostEnd === hostStart || input.charCodeAt(hostEnd - 1) === 46) return NOT_PLAIN;
  if (invalid || hostEnd - hostStart > MAX_HOST_LENGTH || !isLabel(input, labelStart, hostEnd))
    return NO_HOST;
  if (numericLabel || previousLabelStart < 0) return NO_HOST; // an IP address; a single label
  located.start = hostStart;
  located.end = hostEnd;
  return tailFound(input, hostStart, hostEnd, previousLabelStart, uppercase, two);
}

/** 7 for "http://", 8 for "https://" (any case), else 0. */
function httpSchemeLength(input: string): number {
  if ((input.charCodeAt(0) | 32) !== 104 || (input.charCodeAt(3) | 32) !== 112) return 0;
  if ((input.charCodeAt(1) | 32) !== 116 || (input.charCodeAt(2) | 32) !== 116) return 0;
  const secure = (input.charCodeAt(4) | 32) === 115 ? 1 : 0;
  const colon = 4 + secure;
  const slashes = input.charCodeAt(colon) === 58 && input.charCodeAt(colon + 1) === 47;
  return slashes && input.charCodeAt(colon + 2) === 47 ? colon + 3 : 0;
}

/** A DNS label: 1–63 characters, not starting or ending with '-' (characters checked apart). */
function isLabel(input: string, start: number, end: number): boolean {
  const length = end - start;
  return (
    length > 0 &&
    length <= MAX_LABEL_LENGTH &&
    input.charCodeAt(start) !== 45 &&
    input.charCodeAt(end - 1) !== 45
  );
}

/** domainTailHash of the host locateHost found at `[hostStart, hostEnd)`. */
function locatedTailHash(input: string, hostStart: number, hostEnd: number): number {
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
      if (!isLabel(input, labelStart, i)) return NO_HOST;
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
  return tailFound(input, hostStart, hostEnd, previousLabelStart, uppercase, two);
}

function tailFound(
  input: string,
  hostStart: number,
  hostEnd: number,
  tailStart: number,
  uppercase: boolean,
  hash: number,
): number {
  lastTail.start = tailStart;
  lastTail.end = hostEnd;
  lastTail.wholeHost = tailStart === hostStart;
  lastTail.wwwHost = tailStart - hostStart === 4 && isWww(input, hostStart);
  lastTail.uppercase = uppercase;
  return hash & FNV_MASK;
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
