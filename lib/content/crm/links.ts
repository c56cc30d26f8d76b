/**
 * Reading links: which `href`s are websites of other organisations, which are e-mail addresses.
 * Attributes are read raw (`getAttribute`), never through `.href`: that would resolve relative links
 * against the document's own URL (the sandbox host in demos) instead of the CRM-shaped URL the
 * adapter was given, and only absolute http(s) links can be websites anyway.
 */
import { cleanEmail, cleanWebsite } from './clues';
import { isPlatformHost } from './platform-hosts';
import { siteOf } from './sites';
import { readText } from './text';

/** Longest href we look at; longer ones are tracking URLs, not websites. */
const MAX_HREF = 2048;

function rawHref(link: Element): string | undefined {
  const href = link.getAttribute('href');
  return href && href.length <= MAX_HREF ? href.trim() : undefined;
}

/** Scheme and host of an absolute http(s) URL; credentials make it no website at all. */
const HTTP_HOST = /^https?:\/\/([^/?#@\s]+?)(?::\d*)?(?:[/?#]|$)/i;

/**
 * The lower-cased host of an absolute http(s) link to a different site than the page's (compared by
 * registrable domain). A regex, not `new URL`: it runs for every link of a long list.
 */
export function offSiteHost(link: Element, page: URL): string | undefined {
  const href = rawHref(link);
  const host = href ? HTTP_HOST.exec(href)?.[1]?.toLowerCase() : undefined;
  return host && siteOf(host) !== siteOf(page.hostname) ? host : undefined;
}

/** The e-mail address of a `mailto:` link. */
export function mailtoAddress(link: Element): string | undefined {
  const href = rawHref(link);
  return href && /^mailto:/i.test(href) ? cleanEmail(href) : undefined;
}

/** The element itself when it is a link, else the first link inside it (or inside its shadow root). */
function linkIn(el: Element, selector: string): Element | null {
  if (el.localName === 'a') return el;
  return el.querySelector(selector) ?? el.shadowRoot?.querySelector(selector) ?? null;
}

/**
 * A website written in a field: the href of a link inside it when that is an http(s) URL,
 * otherwise the text ("strojirny-zdar.cz"). A `javascript:` href is ignored and its text too
 * unless the text itself is a host.
 */
export function websiteIn(el: Element): string | undefined {
  const link = linkIn(el, 'a[href]');
  const href = link ? rawHref(link) : undefined;
  return (href && /^https?:\/\//i.test(href) && cleanWebsite(href)) || cleanWebsite(readText(el));
}

/** An e-mail address written in a field: a `mailto:` link inside it, otherwise the text. */
export function emailIn(el: Element): string | undefined {
  const link = linkIn(el, 'a[href^="mailto:" i]');
  return (link && mailtoAddress(link)) || cleanEmail(readText(el));
}

export interface LinkValue {
  link: Element;
  value: string;
}

/**
 * The first link inside `root` (a row, a block) to another site that is not a shared platform
 * (a row may link the company's Facebook page before its website), as a website clue.
 */
export function websiteLinkIn(root: ParentNode, page: URL): LinkValue | undefined {
  for (const link of root.querySelectorAll('a[href^="http" i]')) {
    const host = offSiteHost(link, page);
    const value = host && !isPlatformHost(host) && cleanWebsite(rawHref(link));
    if (value) return { link, value };
  }
  return undefined;
}

/** The first `mailto:` link inside `root`, as an e-mail clue. */
export function mailtoIn(root: ParentNode): LinkValue | undefined {
  for (const link of root.querySelectorAll('a[href^="mailto:" i]')) {
    const value = mailtoAddress(link);
    if (value) return { link, value };
  }
  return undefined;
}
