/**
 * Registrable domain (eTLD+1) of whatever a page calls a website or an e-mail: the one key that
 * survives "https://www.firma.cz/kontakt", "FIRMA.CZ", "shop.firma.cz:8443" and "jan@firma.cz".
 */
import { parse } from 'tldts';
import { checkHost, INVALID, idnToAscii, located, locateHost, NON_ASCII_HOST, UPPERCASE } from './host';
import { SITE_BUILDER_SUFFIXES } from './shared-hosts';

// - allowPrivateDomains: "pekarna.github.io" and "firma.co.cz" belong to different owners than
//   "github.io"/"co.cz", so the private section of the Public Suffix List must count.
// - extractHostname: false: we extract and validate the host ourselves (stricter than tldts about
//   schemes, and cheaper), so tldts only walks its suffix trie.
// - detectIp: false: hosts whose last label is numeric (every IPv4 address) are rejected before.
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
  let host = input.slice(located.start, located.end);
  if (flags & NON_ASCII_HOST) {
    const ascii = idnToAscii(host);
    if (ascii === undefined) return undefined;
    host = ascii;
  } else if (flags & UPPERCASE) host = host.toLowerCase();
  return domainOfHost(host);
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
