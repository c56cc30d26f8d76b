/**
 * Raynet: no stable DOM hooks exist (crm-dom.md § Raynet), so the URL says what the page is
 * (`raynet-urls.ts`) and the generic scanner reads it. On a detail page the heading is the record and takes the page's first
 * website, e-mail and IČO; in a list each link to a record of the listed type is a row. Links to
 * other company and person records (a person's company) are mentions.
 * Example: https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=7
 */
import type { CompanyClues } from '../matching/types';
import { cleanName } from './clues';
import { Findings } from './findings';
import { headingName, pageHeading } from './generic';
import { mailtoIn, websiteLinkIn } from './links';
import { addMentions, collectMentions, type Mentions } from './mentions';
import { allIn, createScope, type Scope } from './query';
import { type RaynetPage, type RecordLink, raynetPage, recordLinks, recordRef } from './raynet-urls';
import * as rn from './selectors/raynet';
import { readText } from './text';
import type { CrmAdapter, PageFinding } from './types';

const HOSTS: ReadonlySet<string> = new Set(['app.raynet.cz', 'app.raynet.sk', 'eu.raynetcrm.com']);

function linkName(link: Element): string | undefined {
  return cleanName(readText(link));
}

function scanDetail(
  scope: Scope,
  page: RaynetPage,
  links: RecordLink[],
  mentions: Mentions,
  findings: Findings,
) {
  const heading = pageHeading(scope);
  if (!heading || !page.kind) return;
  const [website] = mentions.websites;
  const [email] = mentions.emails;
  const [ico] = mentions.icos;
  const name = headingName(heading);
  let added: boolean;
  // Page elements whose values went into the record, so they yield no mention of their own.
  let folded: Array<Element | undefined>;
  if (page.kind === 'company') {
    added = findings.company(heading, 'record', {
      name,
      website: website?.value,
      email: email?.value,
      ico: ico?.ico,
    });
    folded = [website?.link, email?.link, ico?.anchor];
  } else {
    const companyLink = links.find((ref) => ref.entity === 'Company');
    const company: CompanyClues = { name: companyLink && linkName(companyLink.link) };
    folded = [email?.link];
    // A lead carries its company's details itself; a person's are on the company record.
    if (page.entity === 'Lead') {
      Object.assign(company, { website: website?.value, ico: ico?.ico });
      folded.push(website?.link, ico?.anchor);
    }
    added = findings.person(heading, 'record', { name, email: email?.value, company });
  }
  if (added) for (const el of folded) findings.claim(el);
}

function companyLinkIn(row: Element, url: URL): Element | undefined {
  return allIn(row, rn.recordLink).find((link) => recordRef(link, url)?.entity === 'Company');
}

function scanList(page: RaynetPage, url: URL, links: RecordLink[], findings: Findings) {
  const rows = new Set<Element>();
  for (const ref of links) {
    if (ref.entity !== page.entity) continue;
    const row = ref.link.closest(rn.listRow);
    if (row && rows.has(row)) continue;
    if (row) rows.add(row);
    const website = row ? websiteLinkIn(row, url) : undefined;
    const email = row ? mailtoIn(row) : undefined;
    const companyLink = row && ref.kind === 'person' ? companyLinkIn(row, url) : undefined;
    const name = linkName(ref.link);
    const added =
      ref.kind === 'company'
        ? findings.company(ref.link, 'row', { name, website: website?.value, email: email?.value })
        : findings.person(ref.link, 'row', {
            name,
            email: email?.value,
            company: { name: companyLink && linkName(companyLink) },
          });
    if (added) {
      // The row's links went into the row's finding.
      findings.claim(email?.link);
      findings.claim(companyLink);
      if (ref.kind === 'company') findings.claim(website?.link);
    }
  }
}

/** Links to other company and person records: name-only mentions. */
function addRecordMentions(page: RaynetPage, links: RecordLink[], findings: Findings) {
  for (const ref of links) {
    if (ref.entity === page.entity && ref.id === page.id) continue;
    if (ref.kind === 'company') findings.company(ref.link, 'mention', { name: linkName(ref.link) });
    if (ref.kind === 'person') findings.person(ref.link, 'mention', { name: linkName(ref.link) });
  }
}

export const raynet: CrmAdapter = {
  id: 'raynet',
  matchesUrl: (url) => HOSTS.has(url.hostname),
  scan(doc: Document, url: URL): PageFinding[] {
    const page = raynetPage(url);
    const scope = createScope(doc);
    const findings = new Findings();
    const links = recordLinks(scope, url);
    // Rows first: their links are then skipped by the mention scan instead of checked one by one.
    if (page.view === 'ListView' && page.kind) scanList(page, url, links, findings);
    const mentions = collectMentions(doc, url, scope, (el) => findings.has(el));
    if (page.view === 'DetailView') scanDetail(scope, page, links, mentions, findings);
    addRecordMentions(page, links, findings);
    addMentions(findings, mentions);
    return findings.list;
  },
};
