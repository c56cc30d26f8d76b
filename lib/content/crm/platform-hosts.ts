/**
 * Sites that pages link to for reasons other than naming an organisation: social profiles, maps,
 * search, link shorteners, company directories. A link to them is not a company's website, so the
 * page readers skip it instead of asking the matcher about facebook.com on every page. The list is
 * the matcher's own (lib/shared/matching/shared-platforms.ts), so the two cannot drift apart.
 */
import { isSharedPlatform } from '../../shared/matching/shared-platforms';
import { siteOf } from './sites';

export function isPlatformHost(hostname: string): boolean {
  return isSharedPlatform(siteOf(hostname));
}
