/**
 * The generic scanner, for any site the user enables that has no adapter of its own: the page
 * heading, website links to other sites, `mailto:` links and labelled IČOs. With nothing known about
 * the page, the heading is only a mention; it carries the IČO when the page shows exactly one.
 * Example: https://katalog.example.cz/firma/strojirny-zdar
 */
import { cleanName } from './clues';
import { Findings } from './findings';
import { addMentions, collectMentions } from './mentions';
import { createScope, type Scope } from './query';
import * as g from './selectors/generic';
import { readText } from './text';
import type { CrmAdapter, PageFinding } from './types';

/** The page heading, unless it sits in the site's navigation or footer. */
export function pageHeading(scope: Scope): Element | undefined {
  const heading = scope.first(g.heading);
  return heading && !heading.closest(g.siteChrome) ? heading : undefined;
}

export function headingName(heading: Element): string | undefined {
  return cleanName(readText(heading));
}

export const generic: CrmAdapter = {
  id: 'generic',
  matchesUrl: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  scan(doc: Document, url: URL): PageFinding[] {
    const scope = createScope(doc);
    const findings = new Findings();
    const mentions = collectMentions(doc, url, scope);
    const heading = pageHeading(scope);
    // One IČO on the page most likely belongs to the entity the heading names; several are a list.
    const [onlyIco, ...otherIcos] = mentions.icos;
    const ico = otherIcos.length === 0 ? onlyIco : undefined;
    if (heading && findings.company(heading, 'mention', { name: headingName(heading), ico: ico?.ico })) {
      findings.claim(ico?.anchor);
    }
    addMentions(findings, mentions);
    return findings.list;
  },
};
