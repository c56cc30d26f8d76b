/**
 * Salesforce Lightning: Account, Contact and Lead records and list views (crm-dom.md § Salesforce
 * Lightning). Only the active view is read; parts rendered in native shadow DOM are reached through
 * open shadow roots when a light-DOM query finds nothing.
 * Example: https://acme.lightning.force.com/lightning/r/Account/001AAAAAAAAAAAAAAA/view
 */
import { cleanName } from './clues';
import { Findings } from './findings';
import { emailIn, mailtoIn, websiteIn, websiteLinkIn } from './links';
import { allIn, createScope, firstIn, type Scope, type Selector } from './query';
import * as sf from './selectors/salesforce';
import { readText } from './text';
import type { CrmAdapter, PageFinding } from './types';

type SfObject = 'Account' | 'Contact' | 'Lead';
type SalesforcePage = { view: 'record'; object: SfObject } | { view: 'list'; object: SfObject | undefined };

/** Record id key prefixes (crm-dom.md): 001 Account, 003 Contact, 00Q Lead. */
const OBJECT_BY_PREFIX: Readonly<Record<string, SfObject>> = {
  '001': 'Account',
  '003': 'Contact',
  '00Q': 'Lead',
};
const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const OBJECTS: ReadonlySet<string> = new Set(['Account', 'Contact', 'Lead']);

function objectOf(name: string | undefined, id: string | null | undefined): SfObject | undefined {
  if (name) return OBJECTS.has(name) ? (name as SfObject) : undefined;
  return id ? OBJECT_BY_PREFIX[id.slice(0, 3)] : undefined;
}

function salesforcePage(url: URL): SalesforcePage | undefined {
  const path = url.pathname;
  const record = /^\/lightning\/r\/(?:(\w+)\/)?([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/view(?:\/|$)/.exec(path);
  if (record) {
    const object = objectOf(record[1], record[2]);
    return object ? { view: 'record', object } : undefined;
  }
  const list = /^\/lightning\/o\/(\w+)\/(?:list|home)(?:\/|$)/.exec(path);
  if (list) return { view: 'list', object: objectOf(list[1], undefined) };
  return undefined;
}

/** The visible view: the active one when Lightning marks one, else the whole document. */
function activeScope(doc: Document): Scope {
  const view = createScope(doc, { hidden: sf.hiddenContainer }).first(sf.activeView);
  return createScope(view ?? doc, { hidden: sf.hiddenContainer, deep: true });
}

function fieldValue(scope: Scope, field: sf.FieldApiName, value: Selector): Element | undefined {
  const container = scope.first(sf.recordField(field));
  return container && firstIn(container, value, true);
}

function name(el: Element | undefined): string | undefined {
  return el ? cleanName(readText(el)) : undefined;
}

function scanRecord(doc: Document, object: SfObject, findings: Findings): void {
  const scope = activeScope(doc);
  const header = scope.first(sf.recordName);
  if (object === 'Account') {
    const website = fieldValue(scope, 'Account.Website', sf.urlValue);
    if (header)
      findings.company(header, 'record', { name: name(header), website: website && websiteIn(website) });
    return;
  }
  const emailEl = fieldValue(scope, `${object}.Email`, sf.emailValue);
  // The person's company: the Account lookup on a contact, the Company/Website text on a lead.
  const companyEl =
    object === 'Contact'
      ? fieldValue(scope, 'Contact.AccountId', sf.lookupValue)
      : fieldValue(scope, 'Lead.Company', sf.textValue);
  const websiteEl = object === 'Lead' ? fieldValue(scope, 'Lead.Website', sf.urlValue) : undefined;
  const company = { name: name(companyEl), website: websiteEl && websiteIn(websiteEl) };
  if (header) {
    findings.person(header, 'record', { name: name(header), email: emailEl && emailIn(emailEl), company });
  }
  if (companyEl) findings.company(companyEl, 'mention', company);
}

function scanList(doc: Document, url: URL, listObject: SfObject | undefined, findings: Findings): void {
  for (const row of activeScope(doc).all(sf.listRow)) {
    const link = firstIn(row, sf.rowRecordLink, true);
    if (!link) continue;
    const id = [link.getAttribute('data-recordid'), row.getAttribute('data-row-key-value')].find(
      (candidate) => candidate && RECORD_ID.test(candidate),
    );
    // The id says what the row is, even on lists of other objects; the URL only when there is no id.
    const object = id ? OBJECT_BY_PREFIX[id.slice(0, 3)] : listObject;
    const rowName = name(link) ?? cleanName(link.getAttribute('title') ?? undefined);
    if (object === 'Account') {
      findings.company(link, 'row', { name: rowName, website: websiteLinkIn(row, url)?.value });
    } else if (object) {
      const account = allIn(row, sf.rowAccountLink).find((el) => el !== link);
      findings.person(link, 'row', {
        name: rowName,
        email: mailtoIn(row)?.value,
        company: { name: name(account) },
      });
    }
  }
}

export const salesforce: CrmAdapter = {
  id: 'salesforce',
  matchesUrl: (url) => url.hostname.endsWith('.lightning.force.com'),
  scan(doc: Document, url: URL): PageFinding[] {
    const page = salesforcePage(url);
    const findings = new Findings();
    if (page?.view === 'record') scanRecord(doc, page.object, findings);
    if (page?.view === 'list') scanList(doc, url, page.object, findings);
    return findings.list;
  },
};
