/**
 * Sites that pages link to for reasons other than naming an organisation: social profiles, maps,
 * search, link shorteners. A link to them is not a company's website, so the generic scanner skips
 * it instead of asking the matcher about facebook.com on every page.
 */
import { siteOf } from './sites';

const PLATFORMS: ReadonlySet<string> = new Set([
  'facebook.com',
  'fb.com',
  'instagram.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'youtube.com',
  'youtu.be',
  'tiktok.com',
  'pinterest.com',
  'threads.net',
  'wikipedia.org',
  'goo.gl',
  'bit.ly',
  'mapy.cz',
  'mapy.com',
  'openstreetmap.org',
  't.me',
  'wa.me',
  'whatsapp.com',
]);

export function isPlatformHost(hostname: string): boolean {
  const site = siteOf(hostname);
  // Every Google country domain (google.cz, google.co.uk, …): search and maps links.
  return PLATFORMS.has(site) || site.startsWith('google.');
}
