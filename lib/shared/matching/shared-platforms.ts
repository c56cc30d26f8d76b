/**
 * Sites many unrelated organisations share: social profiles, maps, search, link shorteners and
 * company directories. A link or a "website" field pointing to one ("https://www.facebook.com/
 * pekarna.novak", "https://www.firmy.cz/detail/123") names no company's own site. One list for
 * both sides: the matcher never keys a company by these domains, and the page readers do not
 * offer them as website clues (the content script imports this file; it carries no tldts).
 */
const SHARED_PLATFORM_DOMAINS: ReadonlySet<string> = new Set([
  // Social networks and messengers
  'facebook.com',
  'fb.com',
  'fb.me',
  'instagram.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'youtube.com',
  'youtu.be',
  'tiktok.com',
  'pinterest.com',
  'threads.net',
  't.me',
  'wa.me',
  'whatsapp.com',
  // Maps, encyclopaedias and link shorteners
  'mapy.cz',
  'mapy.com',
  'openstreetmap.org',
  'wikipedia.org',
  'goo.gl',
  'bit.ly',
  'linktr.ee',
  // Company directories and registers
  'firmy.cz',
  'zivefirmy.cz',
  'najisto.cz',
  'kurzy.cz',
  'finstat.sk',
  'justice.cz',
  'orsr.sk',
]);

/**
 * Whether a registrable domain (lowercase, as registrableDomain or the page's siteOf gives it) is
 * a shared platform. Every Google country domain counts (google.cz, google.co.uk): search and maps.
 */
export function isSharedPlatform(domain: string): boolean {
  return SHARED_PLATFORM_DOMAINS.has(domain) || domain.startsWith('google.');
}
