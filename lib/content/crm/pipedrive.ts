/**
 * Pipedrive: organization and person records, organization and person lists (crm-dom.md § Pipedrive).
 * Example: https://acme.pipedrive.com/organization/42
 */
import type { CompanyClues } from '../../shared/matching/types';
import { cleanIco, cleanName } from './clues';
import { fieldMeaning } from './field-labels';
import { Findings } from './findings';
import { emailIn, mailtoIn, websiteIn, websiteLinkIn } from './links';
import { allIn, createScope, firstIn, type Scope } from './query';
import * as pd from './selectors/pipedrive';
import { readText, readTitle } from './text';
import type { CrmAdapter, PageFinding } from './types';

type Kind = 'company' | 'person';
type PipedrivePage = { view: 'record' | 'list'; kind: Kind };

function pipedrivePage(url: URL): PipedrivePage | undefined {
  const path = url.pathname;
  if (/^\/organization\/\d+(?:\/|$)/.test(path)) return { view: 'record', kind: 'company' };
  if (/^\/person\/\d+(?:\/|$)/.test(path)) return { view: 'record', kind: 'person' };
  if (/^\/organizations\/list(?:\/|$)/.test(path)) return { view: 'list', kind: 'company' };
  if (/^\/persons\/list(?:\/|$)/.test(path)) return { view: 'list', kind: 'person' };
  return undefined;
}

const RECORD_HREF = {
  company: /\/organization\/\d+(?:[/?#]|$)/,
  person: /\/person\/\d+(?:[/?#]|$)/,
} as const;

function isRecordLink(link: Element, kind: Kind): boolean {
  return RECORD_HREF[kind].test(link.getAttribute('href') ?? '');
}

type FieldValues = Pick<CompanyClues, 'website' | 'email' | 'ico'>;

/** Website, e-mail and IČO from labelled field rows; the first row of each meaning wins. */
function readFields(rows: readonly Element[]): FieldValues {
  const values: FieldValues = {};
  for (const row of rows) {
    const label = firstIn(row, pd.fieldName);
    const value = firstIn(row, pd.fieldValue);
    const meaning = label && value ? fieldMeaning(readText(label)) : undefined;
    if (!value || !meaning || values[meaning]) continue;
    if (meaning === 'website') values.website = websiteIn(value);
    if (meaning === 'email') values.email = emailIn(value);
    if (meaning === 'ico') values.ico = cleanIco(readText(value));
  }
  return values;
}

/** "Jan Novák - Pipedrive" → "Jan Novák" (crm-dom.md: person name fallback). */
function nameFromDocumentTitle(doc: Document): string | undefined {
  const [name] = doc.title.split(' - ');
  return cleanName(name);
}

interface Organization {
  link: Element | undefined;
  clues: CompanyClues;
}

/** The person's organization from its block: the organization link and the block's fields. */
function organizationOf(scope: Scope, rows: readonly Element[]): Organization | undefined {
  const block = scope.first(pd.organizationBlock);
  if (!block) return undefined;
  const link = allIn(block, pd.organizationLink).find((el) => isRecordLink(el, 'company'));
  const clues: CompanyClues = {
    name: link && cleanName(readText(link)),
    ...readFields(rows.filter((row) => block.contains(row))),
  };
  return { link, clues };
}

function scanRecord(doc: Document, kind: Kind, findings: Findings): void {
  const scope = createScope(doc);
  const rows = scope.all(pd.fieldRow);
  const own = readFields(rows.filter((row) => !row.closest(pd.relatedBlock)));
  const title = scope.first(pd.headerTitle);
  const name = title ? cleanName(readTitle(title)) : undefined;
  if (kind === 'company') {
    if (title) findings.company(title, 'record', { name, ...own });
    return;
  }
  const organization = organizationOf(scope, rows);
  if (title) {
    findings.person(title, 'record', {
      name: name ?? nameFromDocumentTitle(doc),
      email: own.email,
      company: organization?.clues,
    });
  }
  if (organization?.link) findings.company(organization.link, 'mention', organization.clues);
}

function scanList(doc: Document, url: URL, kind: Kind, findings: Findings): void {
  const links = createScope(doc).all(kind === 'company' ? pd.organizationLink : pd.personLink);
  const rows = new Set<Element>();
  for (const link of links) {
    if (!isRecordLink(link, kind)) continue;
    const row = link.closest(pd.listRow);
    if (!row || rows.has(row)) continue;
    rows.add(row);
    const name = cleanName(readText(link));
    if (kind === 'company') {
      findings.company(link, 'row', { name, website: websiteLinkIn(row, url)?.value });
      continue;
    }
    const organization = allIn(row, pd.organizationLink).find((el) => isRecordLink(el, 'company'));
    findings.person(link, 'row', {
      name,
      email: mailtoIn(row)?.value,
      company: { name: organization && cleanName(readText(organization)) },
    });
  }
}

export const pipedrive: CrmAdapter = {
  id: 'pipedrive',
  matchesUrl: (url) => url.hostname.endsWith('.pipedrive.com'),
  scan(doc: Document, url: URL): PageFinding[] {
    const page = pipedrivePage(url);
    const findings = new Findings();
    if (page?.view === 'record') scanRecord(doc, page.kind, findings);
    if (page?.view === 'list') scanList(doc, url, page.kind, findings);
    return findings.list;
  },
};
