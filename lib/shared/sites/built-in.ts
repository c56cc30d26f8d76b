/**
 * Whether an origin is already one of the built-in CRM sites. Those have their own on/off switch in
 * the options page and are matched by the manifest; registering them again would inject the content
 * script twice.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import { CRM_MATCHES } from '../config/build-config';

const patterns = CRM_MATCHES.map((pattern) => new MatchPattern(pattern));

export function isBuiltInCrmOrigin(origin: string): boolean {
  const url = `${origin}/`;
  return patterns.some((pattern) => pattern.includes(url));
}
