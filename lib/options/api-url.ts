/**
 * The API base URL typed in the options page: a full http(s) address, normalised the way the
 * background uses it (trailing slash, no query or fragment), plus the host permission it needs.
 */
import { originMatchPattern } from '../sites/origin';

export type ApiUrlResult = { ok: true; url: string; origin: string; pattern: string } | { ok: false };

export function parseApiBaseUrl(input: string): ApiUrlResult {
  const raw = input.trim();
  if (!/^https?:\/\//i.test(raw)) return { ok: false };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false };
  }
  // Credentials in the address would be sent along with every request; a token is all Leady needs.
  if (!url.hostname || url.username || url.password) return { ok: false };
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
