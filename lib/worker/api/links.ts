/**
 * URLs. Paths are built under the configured base URL; links found in responses (`next`,
 * `detail_url`, `action_list_url`, `persons_url`) are followed as given, but only on the API's own
 * origin: every request carries the token, and a hostile or broken response must not be able to
 * send it to another host.
 */
import { LeadyError } from '../../shared/api/errors';

export type QueryValue = string | number | undefined | null;

/** `path` (no leading slash) resolved under `baseUrl`, which is treated as a folder. */
export function endpointUrl(baseUrl: string, path: string, query: Record<string, QueryValue> = {}): string {
  const url = new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) url.searchParams.append(key, String(value));
  }
  return url.href;
}

/**
 * One URL path segment from a domain or id. `.` and `..` (also percent-encoded) would be resolved
 * away by URL parsing and reach another endpoint, so they are refused along with empty values.
 */
export function pathSegment(value: string | number): string {
  const raw = String(value).trim();
  if (raw === '' || /^(\.|%2e){1,2}$/i.test(raw)) throw new TypeError(`Invalid path segment: "${raw}"`);
  return encodeURIComponent(raw);
}

/** An id for a path: a non-negative integer (numeric strings accepted). */
export function idSegment(value: number | string): string {
  const id = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) {
    throw new TypeError(`Invalid id: ${JSON.stringify(value)}`);
  }
  return String(id);
}

const ABSOLUTE = /^[a-z][a-z\d+.-]*:/i;

/**
 * A link from a response, checked to be on the API's origin. Absolute links are returned exactly as
 * given (opaque cursors must not be re-encoded); a relative one is resolved against the base URL.
 * Anything else is a `malformed` response of `endpoint`.
 */
export function sameOriginLink(link: string, baseUrl: string, endpoint: string, field: string): string {
  const refuse = (why: string) =>
    new LeadyError({
      kind: 'malformed',
      endpoint,
      message: `${endpoint}: refusing to follow ${field}: ${why}`,
    });
  let resolved: URL;
  let api: URL;
  try {
    api = new URL(baseUrl);
    resolved = new URL(link, api);
  } catch {
    throw refuse('not a valid URL');
  }
  if (resolved.protocol !== 'https:' && resolved.protocol !== 'http:') throw refuse('not an http(s) URL');
  // Origin compares scheme, host and port: http:// on an https:// API is refused too.
  if (resolved.origin !== api.origin) {
    throw refuse(`it points to ${resolved.origin}, not the API origin ${api.origin}`);
  }
  // Credentials in a link would replace ours in some fetch implementations; there is no reason for them.
  if (resolved.username !== '' || resolved.password !== '') throw refuse('it carries credentials');
  return ABSOLUTE.test(link) ? link : resolved.href;
}
