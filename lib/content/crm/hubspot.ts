/**
 * HubSpot: company and contact records, company and contact index pages (crm-dom.md § HubSpot).
 * Example: https://app.hubspot.com/contacts/123456/record/0-2/987654321
 */
import type { CompanyClues } from '../../shared/matching/types';
import { cleanName } from './clues';
import { Findings } from './findings';
import { emailIn, websiteIn } from './links';
import { createScope, firstIn, type Scope } from './query';
import * as hs from './selectors/hubspot';
import { readText, readTitle } from './text';
import type { CrmAdapter, PageFinding } from './types';

const HOSTS = /^app(?:-[a-z]+\d+)?\.hubspot\.com$/;

/** Object type ids in HubSpot URLs: `0-1` contact, `0-2` company. */
type ObjectType = '0-1' | '0-2';
type HubSpotPage = { view: 'record' | 'list'; objectType: ObjectType };

function hubspotPage(url: URL): HubSpotPage | undefined {
  const path = url.pathname;
  const record = /^\/contacts\/\d+\/record\/(0-[12])\/\d+(?:\/|$)/.exec(path);
  if (record?.[1]) return { view: 'record', objectType: record[1] as ObjectType };
  const objects = /^\/contacts\/\d+\/objects\/(0-[12])(?:\/|$)/.exec(path);
  if (objects?.[1]) return { view: 'list', objectType: objects[1] as ObjectType };
  const legacyList = /^\/contacts\/\d+\/(companies|contacts)(?:\/|$)/.exec(path);
  if (legacyList?.[1]) return { view: 'list', objectType: legacyList[1] === 'companies' ? '0-2' : '0-1' };
  return undefined;
}

function text(el: Element | undefined): string | undefined {
  return el ? cleanName(readText(el)) : undefined;
}

/** Properties of the record itself: inside the visible PROPERTIES_V3 card only. */
function recordProperty(card: Scope | undefined, property: string): Element | undefined {
  return card?.first(hs.propertyValue(property));
}

/** How far up from a name we look for its domain when the card boundary is unknown. */
const MAX_ITEM_DEPTH = 6;

/** The smallest container around an associated company's name (up to its card) that holds a domain. */
function associatedDomain(name: Element, card: Element | null): string | undefined {
  let box = name.parentElement;
  for (let depth = 0; box && (card ? card.contains(box) : depth < MAX_ITEM_DEPTH); depth++) {
    const domain = firstIn(box, hs.associatedCompanyDomain);
    if (domain) return websiteIn(domain);
    box = box.parentElement;
  }
  return undefined;
}

interface Associated {
  anchor: Element;
  clues: CompanyClues;
}

/** Associated companies (association cards), in page order: HubSpot lists the primary one first. */
function associatedCompanies(scope: Scope): Associated[] {
  const companies: Associated[] = [];
  for (const anchor of scope.all(hs.associatedCompanyName)) {
    const card = anchor.closest(hs.anyCard);
    if (card?.getAttribute('data-card-type') === hs.propertiesCardType) continue;
    companies.push({ anchor, clues: { name: text(anchor), website: associatedDomain(anchor, card) } });
  }
  return companies;
}

function scanRecord(doc: Document, objectType: ObjectType, findings: Findings): void {
  const scope = createScope(doc);
  const associated = associatedCompanies(scope);
  const title = scope.first(hs.recordTitle);
  const cardEl = scope.first(hs.propertiesCard);
  const card = cardEl ? createScope(cardEl) : undefined;
  const property = (name: string) => recordProperty(card, name);
  const titleText = title ? cleanName(readTitle(title)) : undefined;
  if (title && objectType === '0-2') {
    const domain = property('domain');
    findings.company(title, 'record', {
      name: titleText ?? text(property('name')),
      website: domain && websiteIn(domain),
    });
  }
  if (title && objectType === '0-1') {
    const fullName = [text(property('firstname')), text(property('lastname'))].filter(Boolean).join(' ');
    const emailEl = property('email') ?? scope.first(hs.highlightEmail);
    findings.person(title, 'record', {
      name: titleText ?? (fullName || undefined),
      email: emailEl && emailIn(emailEl),
      company: associated[0]?.clues,
    });
  }
  for (const { anchor, clues } of associated) findings.company(anchor, 'mention', clues);
}

function scanList(doc: Document, objectType: ObjectType, findings: Findings): void {
  const rows = new Set<Element>();
  for (const cell of createScope(doc).all(hs.listNameCell)) {
    const row = cell.closest('tr') ?? cell;
    if (rows.has(row)) continue;
    rows.add(row);
    const label = firstIn(cell, hs.listNameLabel) ?? cell;
    const name = text(label);
    if (objectType === '0-2') {
      const domain = firstIn(row, hs.listDomainCell);
      findings.company(label, 'row', { name, website: domain && websiteIn(domain) });
    } else {
      const email = firstIn(row, hs.listEmailCell);
      findings.person(label, 'row', { name, email: email && emailIn(email) });
    }
  }
}

export const hubspot: CrmAdapter = {
  id: 'hubspot',
  matchesUrl: (url) => HOSTS.test(url.hostname),
  scan(doc: Document, url: URL): PageFinding[] {
    const page = hubspotPage(url);
    const findings = new Findings();
    if (page?.view === 'record') scanRecord(doc, page.objectType, findings);
    if (page?.view === 'list') scanList(doc, page.objectType, findings);
    return findings.list;
  },
};
