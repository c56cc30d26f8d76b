/**
 * The API base URL typed in the options page: a full https address (plain http only to this
 * computer, for the sandbox), normalised the way the background uses it (trailing slash, no query
 * or fragment), plus the host permission it needs.
 */
import { originMatchPattern } from '../../shared/sites/origin';

export type ApiUrlResult =
  | { ok: true; url: string; origin: string; pattern: string }
  /** 'insecure': plain http to another computer, where the token would cross the network readable. */
  | { ok: false; reason: 'invalid' | 'insecure' };

const INVALID = { ok: false, reason: 'invalid' } as const;

/** This computer: a sandbox or a local proxy, where plain http never leaves the machine. */
function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

export function parseApiBaseUrl(input: string): ApiUrlResult {
  const raw = input.trim();
  if (!/^https?:\/\//i.test(raw)) return INVALID;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The form says the address is not valid.
    return INVALID;
  }
  // Credentials in the address would be sent along with every request; a token is all Leady needs.
  if (!url.hostname || url.username || url.password) return INVALID;
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return { ok: false, reason: 'insecure' };
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return { ok: true, url: url.href, origin: url.origin, pattern: originMatchPattern(url.origin) };
}

/** The same API? Compares normalised addresses, so "…/v1" and "…/v1/" are one. */
export function sameApiUrl(a: string | undefined, b: string | undefined): boolean {
  const left = a === undefined ? undefined : parseApiBaseUrl(a);
  const right = b === undefined ? undefined : parseApiBaseUrl(b);
  return left?.ok === true && right?.ok === true && left.url === right.url;
}
