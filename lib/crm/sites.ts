/**
 * Which site a host belongs to, by registrable domain ("raynet.cz" for "app.raynet.cz"), so that
 * links within one organisation's hosts count as the same site. Cached: a page links to a few hosts
 * many times over, and the public-suffix lookup is the slow part of reading a link.
 */
import { getDomain } from 'tldts';

const sites = new Map<string, string>();
/** Bounds the cache in a long-lived content script. */
const MAX_CACHED_SITES = 1000;

export function siteOf(hostname: string): string {
  let site = sites.get(hostname);
  if (site === undefined) {
    // IPs and "localhost" have no registrable domain and compare as they are.
    site = getDomain(hostname) ?? hostname;
    if (sites.size >= MAX_CACHED_SITES) sites.clear();
    sites.set(hostname, site);
  }
  return site;
}
