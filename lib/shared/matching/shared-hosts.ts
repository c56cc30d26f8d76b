/**
 * Domains that many unrelated companies share, so they must never act as one company's key (the
 * shared platforms themselves are in shared-platforms.ts).
 */

/**
 * Website builders popular with Czech/Slovak small businesses that give each customer a subdomain
 * but are missing from the Public Suffix List's private section (checked against tldts 7.6).
 * Without this, every "pekarna.webnode.cz" would collapse to "webnode.cz" and make thousands of
 * companies share one key. We treat them as public suffixes: the customer's label is kept.
 */
export const SITE_BUILDER_SUFFIXES: ReadonlySet<string> = new Set([
  'webnode.cz',
  'webnode.sk',
  'webnode.com',
  'webnode.page',
  'estranky.cz',
  'estranky.sk',
  'mypage.cz',
  'websnadno.cz',
  'wbs.cz',
  'webz.cz',
  'sweb.cz',
  'ic.cz',
  'euweb.cz',
  'g6.cz',
  'unas.cz',
  'blog.cz',
  'myshoptet.com',
  'eshop-rychle.cz',
  'wordpress.com',
  'weebly.com',
  'jimdo.com',
  'jimdofree.com',
  'business.site',
]);
