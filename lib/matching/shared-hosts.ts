/**
 * Domains that many unrelated companies share, so they must never act as one company's key.
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

/**
 * Platforms whose URLs pages put in a "website" field for a company that has no site of its own
 * ("https://www.facebook.com/pekarna.novak"). The registrable domain is the platform's, shared by
 * every such company, so it identifies none of them.
 */
export const SHARED_PLATFORM_DOMAINS: ReadonlySet<string> = new Set([
  'facebook.com',
  'fb.com',
  'fb.me',
  'instagram.com',
  'linkedin.com',
  'twitter.com',
  'x.com',
  'youtube.com',
  'youtu.be',
  'tiktok.com',
  'google.com',
  'goo.gl',
  'bit.ly',
  'linktr.ee',
  'wikipedia.org',
  'firmy.cz',
  'zivefirmy.cz',
  'najisto.cz',
  'kurzy.cz',
  'finstat.sk',
  'justice.cz',
  'orsr.sk',
]);
