/** Short, readable forms of URLs from the API (referrers, page views, websites), for display only. */

function parse(value: string | undefined): URL | undefined {
  if (!value?.trim()) return undefined;
  try {
    return new URL(value.trim());
  } catch {
    // Not a URL: the caller shows nothing for it.
    return undefined;
  }
}

/** Referrers repeat (a few search engines and sites): each is parsed once per popup opening. */
const referrerHosts = new Map<string, string | undefined>();
const MAX_REMEMBERED = 500;

/** "www.google.com/search?q=…" → "google.com". Not a URL → undefined (the caller shows nothing). */
export function referrerHost(referrer: string | undefined): string | undefined {
  if (referrer === undefined) return undefined;
  if (referrerHosts.has(referrer)) return referrerHosts.get(referrer);
  const url = parse(referrer);
  const host =
    !url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname
      ? undefined
      : url.hostname.replace(/^www\./, '');
  if (referrerHosts.size >= MAX_REMEMBERED) referrerHosts.clear();
  referrerHosts.set(referrer, host);
  return host;
}

/** The host of a website for a compact line ("firma.cz"); falls back to the text as given. */
export function displayHost(website: string | undefined): string | undefined {
  const value = website?.trim();
  if (!value) return undefined;
  const url = parse(/^[a-z][a-z\d+.-]*:/i.test(value) ? value : `https://${value}`);
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) {
    return url.hostname.replace(/^www\./, '');
  }
  return value;
}

/** Campaign parameters say nothing about what was read. */
const TRACKING_PARAM = /^(utm_|fbclid$|gclid$|mc_)/;

/** A page view's location as a path ("/cenik?plan=pro"), readable (percent-decoded). */
export function actionPath(location: string): string {
  const url = parse(location);
  if (!url) return location;
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  const path = `${url.pathname}${url.search}`;
  try {
    return decodeURI(path);
  } catch {
    // A malformed escape: show the path as written.
    return path;
  }
}
