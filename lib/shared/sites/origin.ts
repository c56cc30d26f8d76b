/**
 * Origins users add as CRM sites ("https://crm.example.com"). Only a bare http(s) origin is accepted:
 * a path, query, credentials or wildcard would make the registration match something other than
 * what the user granted.
 */
import { LeadyError } from '../api/errors';

function invalid(input: string, reason: string): LeadyError {
  return new LeadyError({
    kind: 'validation',
    endpoint: 'sites',
    message: `Not a site origin (${reason}): ${input.slice(0, 200)}`,
    fieldErrors: { origin: ['Enter the address of the site only, such as https://crm.example.com.'] },
  });
}

/** The canonical origin (`https://crm.example.com`, `http://intranet:8080`), or a validation error. */
export function parseSiteOrigin(input: unknown): string {
  if (typeof input !== 'string' || input.length > 300) throw invalid(String(input), 'not a string');
  const raw = input.trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid(raw, 'not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid(raw, 'not http(s)');
  if (url.username || url.password) throw invalid(raw, 'credentials');
  if (url.hostname.includes('*')) throw invalid(raw, 'wildcard');
  // "https://crm.example.com/" is the same origin written with its root path; anything longer is not.
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || /[?#]/.test(raw)) {
    throw invalid(raw, 'has a path');
  }
  if (!/^https?:\/\/[^/]+\/?$/i.test(raw)) throw invalid(raw, 'has a path');
  return url.origin;
}

/**
 * The match pattern for every page of an origin. Match patterns carry no port in Firefox (Chrome
 * ignores one), so the pattern covers the host on any port; the content script itself checks the
 * exact origin before it annotates anything.
 */
export function originMatchPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
