/**
 * The generic scanner's raw material: website links to other sites, `mailto:` links and labelled
 * IČOs, visible and outside the site's navigation and footer (where a site links to its social
 * profiles and names its own operator), in page order, one per distinct value.
 */
import { cleanName, cleanWebsite, icoDigits } from './clues';
import type { Findings } from './findings';
import { findIcoMentions, type IcoMention } from './ico';
import { type LinkValue, mailtoAddress, offSiteHost } from './links';
import { isPlatformHost } from './platform-hosts';
import type { Scope } from './query';
import * as g from './selectors/generic';
import { readText } from './text';

export interface Mentions {
  websites: LinkValue[];
  emails: LinkValue[];
  icos: IcoMention[];
}

function siteKey(host: string): string {
  return host.replace(/^www\./, '');
}

/**
 * Mentions on the page, skipping elements `skip` says are handled (links already read into a row):
 * on a long list that saves the visibility and URL checks for most links.
 */
export function collectMentions(
  doc: Document,
  page: URL,
  scope: Scope,
  skip?: (el: Element) => boolean,
): Mentions {
  const inChrome = (el: Element) => el.closest(g.siteChrome) !== null;
  const websites: LinkValue[] = [];
  const seenSites = new Set<string>();
  for (const link of scope.all(g.externalLink, skip)) {
    const host = offSiteHost(link, page);
    const value = host && !isPlatformHost(host) && cleanWebsite(link.getAttribute('href'));
    if (!host || !value || inChrome(link) || seenSites.has(siteKey(host))) continue;
    seenSites.add(siteKey(host));
    websites.push({ link, value });
  }
  const emails: LinkValue[] = [];
  const seenEmails = new Set<string>();
  for (const link of scope.all(g.mailtoLink, skip)) {
    const value = mailtoAddress(link);
    if (!value || inChrome(link) || seenEmails.has(value.toLowerCase())) continue;
    seenEmails.add(value.toLowerCase());
    emails.push({ link, value });
  }
  const icos: IcoMention[] = [];
  const seenIcos = new Set<string>();
  const body = doc.body ?? doc.documentElement;
  for (const mention of findIcoMentions(doc, body, scope.isHidden)) {
    const digits = icoDigits(mention.ico);
    if (skip?.(mention.anchor) || inChrome(mention.anchor) || seenIcos.has(digits)) continue;
    seenIcos.add(digits);
    icos.push(mention);
  }
  return { websites, emails, icos };
}

/** The person's name from a `mailto:` link's text, unless the text is just the address. */
function mailtoName(link: Element): string | undefined {
  const text = readText(link);
  return text.includes('@') ? undefined : cleanName(text);
}

/**
 * Every mention not consumed by a record or row finding becomes a finding of its own, in the group
 * (row or record) `groupOf` puts it in.
 */
export function addMentions(
  findings: Findings,
  mentions: Mentions,
  groupOf: (el: Element) => Element | undefined = () => undefined,
): void {
  for (const { link, value } of mentions.websites) {
    findings.company(link, 'mention', { website: value }, groupOf(link));
  }
  for (const { link, value } of mentions.emails) {
    findings.person(link, 'mention', { name: mailtoName(link), email: value }, groupOf(link));
  }
  for (const { anchor, ico } of mentions.icos) findings.company(anchor, 'mention', { ico }, groupOf(anchor));
}
