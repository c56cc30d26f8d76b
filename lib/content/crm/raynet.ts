/**
 * Raynet: no stable DOM hooks exist (crm-dom.md § Raynet), so the URL says what the page is
 * (`raynet-urls.ts`) and the generic scanner's parts read it. On a detail page the record is named by
 * the heading, or the most prominent title-like element when there is none (record-title.ts), and
 * takes the IČO, website and e-mail the page labels, else the first it mentions; in a list each link
 * to a record of the listed type is a row. Links to other company and person records (a person's
 * company) are mentions, and what is left is grouped with its row or the record.
 * Example: https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=7
 */
import type { CompanyClues } from '../../shared/matching/types';
import { cleanName } from './clues';
import { Findings } from './findings';
import { labelledFields } from './labelled-fields';
import { mailtoIn, websiteLinkIn } from './links';
import { addMentions, collectMentions, type Mentions } from './mentions';
import { completeRecord, firstClueAnchor, labelledRecord, withoutRecord } from './page-record';
import { allIn, createScope, type Scope } from './query';
import { type RaynetPage, type RecordLink, raynetPage, recordLinks, recordRef } from './raynet-urls';
import { recordTitle } from './record-title';
import * as rn from './selectors/raynet';
import { readText } from './text';
import type { CrmAdapter, PageFinding } from './types';

const HOSTS: ReadonlySet<string> = new Set(['app.raynet.cz', 'app.raynet.sk', 'eu.raynetcrm.com']);

function linkName(link: Element): string | undefined {
  return cleanName(readText(link));
}

function scanDetail(
  doc: Document,
  scope: Scope,
  page: RaynetPage,
  links: RecordLink[],
  mentions: Mentions,
  findings: Findings,
): Mentions {
  if (!page.kind) return mentions;
  const record = completeRecord(labelledRecord(labelledFields(scope)), mentions, 'first');
  // Record links are other records (a person's company), never this one's title.
  const title = recordTitle(scope, doc, (el) => rn.recordLink.some((link) => el.closest(link) !== null));
  const anchor = title ?? firstClueAnchor(record);
  if (!anchor) return mentions;
  const name = title && cleanName(readText(title));
  const { website, email, ico } = record;
  const group = recordGroup(doc);
  if (page.kind === 'company') {
    const clues = { name, website: website?.value, email: email?.value, ico: ico?.value };
    return findings.company(anchor, 'record', clues, group) ? withoutRecord(mentions, record) : mentions;
  }
  const companyLink = links.find((ref) => ref.entity === 'Company');
  const company: CompanyClues = { name: companyLink && linkName(companyLink.link) };
  // A lead carries its company's details itself; a person's are on the company record.
  const folded = page.entity === 'Lead' ? record : { email };
  if (page.entity === 'Lead') Object.assign(company, { website: website?.value, ico: ico?.value });
  const added = findings.person(anchor, 'record', { name, email: email?.value, company }, group);
  return added ? withoutRecord(mentions, folded) : mentions;
}

function recordGroup(doc: Document): Element {
  return doc.body ?? doc.documentElement;
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
    let mentions = collectMentions(doc, url, scope, (el) => findings.has(el));
    const detail = page.view === 'DetailView';
    if (detail) mentions = scanDetail(doc, scope, page, links, mentions, findings);
    addRecordMentions(page, links, findings);
    // What is left sits in a list row (the row's group) or elsewhere on a detail page (the record's).
    const groupOf = (el: Element) => el.closest(rn.listRow) ?? (detail ? recordGroup(doc) : undefined);
    addMentions(findings, mentions, groupOf);
    return findings.list;
  },
};
