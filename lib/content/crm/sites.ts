/**
 * Which site a host belongs to ("raynet.cz" for "app.raynet.cz"), so that links within one
 * organisation's hosts count as the same site.
 *
 * The content script has a 15 KB budget and the full public-suffix list (tldts) would take most of
 * it, so this is the cheap approximation: the last two labels, or three under a two-letter country
 * code with a generic second level ("firma.co.uk"). The page only decides "off-site link or not"
 * with it; real matching keys are computed with the public-suffix list in the background.
 */
const GENERIC_SECOND_LEVELS = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go']);

export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  // IPs and single-label hosts ("localhost") have no registrable domain and compare as they are.
  if (/^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return host;
  const labels = host.split('.');
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const keep = tld.length === 2 && GENERIC_SECOND_LEVELS.has(second) && labels.length > 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The site of a website clue or an e-mail domain ("https://www.firma.cz/x" → "firma.cz"). */
export function siteOfValue(value: string): string {
  return siteOf(/^(?:https?:\/\/)?(?:[^@/?#]*@)?([^/?#:]+)/i.exec(value)?.[1] ?? value);
}
