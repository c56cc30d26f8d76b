/**
 * One record per CRM page selector (lib/content/crm/selectors/*.ts), as refined-github keeps an
 * example URL beside each selector (issue 13): the CRM pages it is for, the saved page standing for
 * them, and, for a legacy fallback (an older layout kept for compatibility), the day after which it
 * may be deleted. Kept here, on the test side, so no example URL or date reaches the content bundles
 * (each has a 15 KB gzipped budget). test/crm/selectors.test.ts checks every record.
 *
 * A new selector or alternative needs a record here (the test lists what has none); a fallback's
 * date comes from when crm-dom.md says its layout was replaced, plus a year.
 */
import * as hs from '../../lib/content/crm/selectors/hubspot';
import * as pd from '../../lib/content/crm/selectors/pipedrive';
import * as sf from '../../lib/content/crm/selectors/salesforce';
import type { fixturePages } from './fixture-pages';

type FixtureFile = (typeof fixturePages)[number]['file'];
type IsoDate = `${number}-${number}-${number}`;

export interface SelectorRecord {
  /** `<crm>.<export>` in lib/content/crm/selectors/; a selector function with its argument. */
  name: string;
  /** The alternatives this record vouches for: each one matches in `fixture`. */
  selectors: readonly string[];
  /** Example URLs of the CRM pages the selector is for; the reader recognises each as `fixture`'s page. */
  urls: readonly string[];
  /** The saved page (test/fixtures/crm/, listed in fixture-pages.ts) representing those URLs. */
  fixture: FixtureFile;
  /** Legacy fallbacks only: after this day the alternative may be deleted (with its fixture part). */
  removeAfter?: IsoDate;
}

/*
 * Removal dates. crm-dom.md (read from other extensions' code in late 2026) is the one dated source
 * saying these layouts are replaced; it does not say when each went, so each fallback is kept for a
 * year after that reading, for portals and orgs migrated last. When the test reports a date as
 * passed: delete the alternative (and its record and fixture part), or, if pages still render the
 * old layout, move the date with a comment saying where that was seen.
 */
/** HubSpot's pre-2024 record header; crm-dom.md § HubSpot: "the older ProfileHighlightContainer is obsolete". */
const HUBSPOT_PROFILE_HIGHLIGHT: IsoDate = '2027-12-31';
/** Pipedrive's old detail header (`.descriptionHead`); crm-dom.md § Pipedrive knows only `header-title`. */
const PIPEDRIVE_DESCRIPTION_HEAD: IsoDate = '2027-12-31';
/** Pipedrive's table list views; crm-dom.md § Pipedrive's working code anchors on the ARIA grid's links. */
const PIPEDRIVE_TABLE_LISTS: IsoDate = '2027-12-31';
/** Salesforce's Aura record pages and list views; crm-dom.md § Salesforce Lightning: "older Aura lists". */
const SALESFORCE_AURA: IsoDate = '2027-12-31';

const HUBSPOT = {
  company: 'https://app.hubspot.com/contacts/123456/record/0-2/987654321',
  contact: 'https://app.hubspot.com/contacts/123456/record/0-1/51',
  companies: 'https://app.hubspot.com/contacts/123456/objects/0-2/views/all/list',
  contacts: 'https://app.hubspot.com/contacts/123456/objects/0-1/views/all/list',
} as const;

const PIPEDRIVE = {
  organization: 'https://acme.pipedrive.com/organization/42',
  person: 'https://acme.pipedrive.com/person/1001',
  organizations: 'https://acme.pipedrive.com/organizations/list/filter/7',
  persons: 'https://acme.pipedrive.com/persons/list/filter/3',
} as const;

const SALESFORCE = {
  account: 'https://acme.lightning.force.com/lightning/r/Account/001AAAAAAAAAAAAAAA/view',
  contact: 'https://acme.lightning.force.com/lightning/r/Contact/003AAAAAAAAAAAAAAA/view',
  lead: 'https://acme.lightning.force.com/lightning/r/Lead/00QAAAAAAAAAAAAAAA/view',
  accounts: 'https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent',
  contacts: 'https://acme.lightning.force.com/lightning/o/Contact/list?filterName=Recent',
} as const;

const RAYNET = {
  company: 'https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=7',
  person: 'https://app.raynet.cz/acme/?view=DetailView&en=Person&ei=12',
  companies: 'https://app.raynet.cz/acme/?view=ListView&en=Company',
} as const;

const SITE = {
  profile: 'https://katalog.example.cz/firma/strojirny-zdar',
  list: 'https://crm.example.cz/firmy',
  ariaList: 'https://crm.example.cz/odberatele',
  record: 'https://crm.example.cz/firmy/9',
  styledRecord: 'https://crm.example.cz/firmy/7',
} as const;

export const selectorRecords: readonly SelectorRecord[] = [
  // HubSpot
  {
    name: 'hubspot.recordTitle',
    selectors: ['[data-card-type="OBJECT_HIGHLIGHT"] [data-selenium-test="highlightTitle"]'],
    urls: [HUBSPOT.company],
    fixture: 'hubspot-company-record.html',
  },
  {
    name: 'hubspot.recordTitle',
    selectors: [
      '[data-selenium-component="ProfileHighlightContainer"] [data-selenium-test="highlightTitle"]',
    ],
    urls: [HUBSPOT.contact],
    fixture: 'hubspot-contact-record.html',
    removeAfter: HUBSPOT_PROFILE_HIGHLIGHT,
  },
  {
    name: 'hubspot.highlightEmail',
    selectors: hs.highlightEmail,
    urls: [HUBSPOT.contact],
    fixture: 'hubspot-contact-record.html',
  },
  {
    name: 'hubspot.propertiesCard',
    selectors: hs.propertiesCard,
    urls: [HUBSPOT.company],
    fixture: 'hubspot-company-record.html',
  },
  {
    name: 'hubspot.propertiesCard',
    selectors: hs.propertiesCard,
    urls: [HUBSPOT.contact],
    fixture: 'hubspot-contact-record.html',
  },
  {
    name: 'hubspot.anyCard',
    selectors: [hs.anyCard],
    urls: [HUBSPOT.contact],
    fixture: 'hubspot-contact-record.html',
  },
  ...['name', 'domain'].map(
    (property): SelectorRecord => ({
      name: `hubspot.propertyValue(${property})`,
      selectors: [`[data-selenium-test="property-input-${property}"]`, `[data-test-id="${property}"] input`],
      urls: [HUBSPOT.company],
      fixture: 'hubspot-company-record.html',
    }),
  ),
  // Editable properties without the property-input hook: the name in an input, the domain in a textarea.
  {
    name: 'hubspot.propertyValue(name)',
    selectors: ['[data-test-id="name"] input'],
    urls: [HUBSPOT.company],
    fixture: 'hubspot-company-record-inputs.html',
  },
  {
    name: 'hubspot.propertyValue(domain)',
    selectors: ['[data-test-id="domain"] textarea'],
    urls: [HUBSPOT.company],
    fixture: 'hubspot-company-record-inputs.html',
  },
  ...['firstname', 'lastname', 'email'].map(
    (property): SelectorRecord => ({
      name: `hubspot.propertyValue(${property})`,
      selectors: [`[data-selenium-test="property-input-${property}"]`],
      urls: [HUBSPOT.contact],
      fixture: 'hubspot-contact-record.html',
    }),
  ),
  {
    name: 'hubspot.associatedCompanyName',
    selectors: hs.associatedCompanyName,
    urls: [HUBSPOT.contact],
    fixture: 'hubspot-contact-record.html',
  },
  {
    name: 'hubspot.associatedCompanyDomain',
    selectors: ['[data-selenium-test="property-input-domain"]'],
    urls: [HUBSPOT.contact],
    fixture: 'hubspot-contact-record.html',
  },
  // propertyValue('domain') read next to an associated company's name; the company pages show the
  // same hooks the association cards use.
  {
    name: 'hubspot.associatedCompanyDomain',
    selectors: ['[data-test-id="domain"] input'],
    urls: [HUBSPOT.company],
    fixture: 'hubspot-company-record.html',
  },
  {
    name: 'hubspot.associatedCompanyDomain',
    selectors: ['[data-test-id="domain"] textarea'],
    urls: [HUBSPOT.company],
    fixture: 'hubspot-company-record-inputs.html',
  },
  {
    name: 'hubspot.listNameCell',
    selectors: hs.listNameCell,
    urls: [HUBSPOT.companies],
    fixture: 'hubspot-company-list.html',
  },
  {
    name: 'hubspot.listNameCell',
    selectors: hs.listNameCell,
    urls: [HUBSPOT.contacts],
    fixture: 'hubspot-contact-list.html',
  },
  {
    name: 'hubspot.listNameLabel',
    selectors: hs.listNameLabel,
    urls: [HUBSPOT.companies],
    fixture: 'hubspot-company-list.html',
  },
  {
    name: 'hubspot.listDomainCell',
    selectors: hs.listDomainCell,
    urls: [HUBSPOT.companies],
    fixture: 'hubspot-company-list.html',
  },
  {
    name: 'hubspot.listEmailCell',
    selectors: hs.listEmailCell,
    urls: [HUBSPOT.contacts],
    fixture: 'hubspot-contact-list.html',
  },

  // Pipedrive
  {
    name: 'pipedrive.headerTitle',
    selectors: ['[data-testid="header-title"]'],
    urls: [PIPEDRIVE.organization],
    fixture: 'pipedrive-organization.html',
  },
  {
    name: 'pipedrive.headerTitle',
    selectors: ['.descriptionHead .title'],
    urls: [PIPEDRIVE.person],
    fixture: 'pipedrive-person.html',
    removeAfter: PIPEDRIVE_DESCRIPTION_HEAD,
  },
  {
    name: 'pipedrive.fieldRow',
    selectors: pd.fieldRow,
    urls: [PIPEDRIVE.organization],
    fixture: 'pipedrive-organization.html',
  },
  {
    name: 'pipedrive.fieldName',
    selectors: pd.fieldName,
    urls: [PIPEDRIVE.organization],
    fixture: 'pipedrive-organization.html',
  },
  {
    name: 'pipedrive.fieldValue',
    selectors: pd.fieldValue,
    urls: [PIPEDRIVE.organization],
    fixture: 'pipedrive-organization.html',
  },
  {
    name: 'pipedrive.organizationBlock',
    selectors: ['[data-testid="organization-block"]'],
    urls: [PIPEDRIVE.person],
    fixture: 'pipedrive-person.html',
  },
  {
    name: 'pipedrive.relatedBlock',
    selectors: ['[data-testid="organization-block"]'],
    urls: [PIPEDRIVE.person],
    fixture: 'pipedrive-person.html',
  },
  {
    name: 'pipedrive.relatedBlock',
    selectors: ['[data-testid="person-block"]'],
    urls: [PIPEDRIVE.organization],
    fixture: 'pipedrive-organization.html',
  },
  {
    name: 'pipedrive.organizationLink',
    selectors: ['a[href*="/organization/"]'],
    urls: [PIPEDRIVE.organizations],
    fixture: 'pipedrive-organizations-list.html',
  },
  {
    name: 'pipedrive.personLink',
    selectors: ['a[href*="/person/"]'],
    urls: [PIPEDRIVE.persons],
    fixture: 'pipedrive-persons-list.html',
  },
  {
    name: 'pipedrive.listRow',
    selectors: ['[role="row"]'],
    urls: [PIPEDRIVE.organizations],
    fixture: 'pipedrive-organizations-list.html',
  },
  {
    name: 'pipedrive.listRow',
    selectors: ['tr'],
    urls: [PIPEDRIVE.persons],
    fixture: 'pipedrive-persons-list.html',
    removeAfter: PIPEDRIVE_TABLE_LISTS,
  },

  // Salesforce Lightning
  {
    name: 'salesforce.activeView',
    selectors: sf.activeView,
    urls: [SALESFORCE.account],
    fixture: 'salesforce-account.html',
  },
  {
    name: 'salesforce.hiddenContainer',
    selectors: ['.slds-hide', '.oneContent:not(.active)'],
    urls: [SALESFORCE.account],
    fixture: 'salesforce-account.html',
  },
  {
    name: 'salesforce.hiddenContainer',
    selectors: ['.hidden'],
    urls: [SALESFORCE.lead],
    fixture: 'salesforce-aura-lead.html',
  },
  {
    name: 'salesforce.recordName',
    selectors: [
      'records-highlights2 slot[name="primaryField"] lightning-formatted-text',
      'records-highlights2 h1 lightning-formatted-text',
    ],
    urls: [SALESFORCE.account],
    fixture: 'salesforce-account.html',
  },
  {
    name: 'salesforce.recordName',
    selectors: ['lightning-formatted-name[slot="primaryField"]'],
    urls: [SALESFORCE.contact],
    fixture: 'salesforce-contact.html',
  },
  {
    name: 'salesforce.recordName',
    selectors: ['records-formula-output[slot="primaryField"] lightning-formatted-text'],
    urls: [SALESFORCE.account],
    fixture: 'salesforce-formula-name-account.html',
  },
  {
    name: 'salesforce.recordName',
    selectors: ['.slds-page-header h1 .uiOutputText'],
    urls: [SALESFORCE.lead],
    fixture: 'salesforce-aura-lead.html',
    removeAfter: SALESFORCE_AURA,
  },
  ...(
    [
      ['Account.Website', SALESFORCE.account, 'salesforce-account.html'],
      ['Contact.Email', SALESFORCE.contact, 'salesforce-contact.html'],
      ['Contact.AccountId', SALESFORCE.contact, 'salesforce-contact.html'],
      ['Lead.Company', SALESFORCE.lead, 'salesforce-lead.html'],
      ['Lead.Email', SALESFORCE.lead, 'salesforce-lead.html'],
      ['Lead.Website', SALESFORCE.lead, 'salesforce-lead.html'],
    ] as const
  ).map(
    ([field, url, fixture]): SelectorRecord => ({
      name: `salesforce.recordField(${field})`,
      selectors: sf.recordField(field),
      urls: [url],
      fixture,
    }),
  ),
  {
    name: 'salesforce.urlValue',
    selectors: ['lightning-formatted-url', 'a[href]'],
    urls: [SALESFORCE.account],
    fixture: 'salesforce-account.html',
  },
  {
    name: 'salesforce.emailValue',
    selectors: ['lightning-formatted-email', 'a[href^="mailto:" i]'],
    urls: [SALESFORCE.contact],
    fixture: 'salesforce-contact.html',
  },
  {
    name: 'salesforce.textValue',
    selectors: ['lightning-formatted-text'],
    urls: [SALESFORCE.lead],
    fixture: 'salesforce-lead.html',
  },
  ...(
    [
      ['salesforce.urlValue', '.uiOutputURL'],
      ['salesforce.emailValue', '.uiOutputEmail'],
      ['salesforce.textValue', '.uiOutputText'],
    ] as const
  ).map(
    ([name, selector]): SelectorRecord => ({
      name,
      selectors: [selector],
      urls: [SALESFORCE.lead],
      fixture: 'salesforce-aura-lead.html',
      removeAfter: SALESFORCE_AURA,
    }),
  ),
  {
    name: 'salesforce.lookupValue',
    selectors: sf.lookupValue,
    urls: [SALESFORCE.contact],
    fixture: 'salesforce-contact.html',
  },
  {
    name: 'salesforce.listRow',
    selectors: ['tr[data-row-key-value]'],
    urls: [SALESFORCE.accounts],
    fixture: 'salesforce-accounts-list.html',
  },
  {
    name: 'salesforce.listRow',
    selectors: ['table.uiVirtualDataTable tbody tr', 'table[data-aura-class~="uiVirtualDataTable"] tbody tr'],
    urls: [SALESFORCE.contacts],
    fixture: 'salesforce-aura-contacts-list.html',
    removeAfter: SALESFORCE_AURA,
  },
  {
    name: 'salesforce.rowRecordLink',
    selectors: ['th a[data-recordid]', 'th a[href*="/lightning/r/"]'],
    urls: [SALESFORCE.accounts],
    fixture: 'salesforce-accounts-list.html',
  },
  {
    name: 'salesforce.rowRecordLink',
    selectors: ['th a[data-refid="recordId"]'],
    urls: [SALESFORCE.contacts],
    fixture: 'salesforce-aura-contacts-list.html',
    removeAfter: SALESFORCE_AURA,
  },
  {
    name: 'salesforce.rowAccountLink',
    selectors: sf.rowAccountLink,
    urls: [SALESFORCE.contacts],
    fixture: 'salesforce-aura-contacts-list.html',
  },

  // Raynet
  {
    name: 'raynet.recordLink',
    selectors: ['a[href*="view=DetailView"]'],
    urls: [RAYNET.companies],
    fixture: 'raynet-company-list.html',
  },
  {
    name: 'raynet.listRow',
    selectors: ['[role="row"]', 'tr'],
    urls: [RAYNET.companies],
    fixture: 'raynet-company-list.html',
  },

  // The generic scanner: Raynet pages and sites the user adds
  {
    name: 'generic.heading',
    selectors: ['h1'],
    urls: [RAYNET.company],
    fixture: 'raynet-company-detail.html',
  },
  {
    name: 'generic.heading',
    selectors: ['[role="heading"][aria-level="1"]'],
    urls: [RAYNET.person],
    fixture: 'raynet-person-detail.html',
  },
  {
    name: 'generic.externalLink',
    selectors: ['a[href^="http" i]'],
    urls: [RAYNET.company],
    fixture: 'raynet-company-detail.html',
  },
  {
    name: 'generic.mailtoLink',
    selectors: ['a[href^="mailto:" i]'],
    urls: [RAYNET.person],
    fixture: 'raynet-person-detail.html',
  },
  {
    name: 'generic.siteChrome',
    selectors: ['nav', 'footer'],
    urls: [SITE.profile],
    fixture: 'generic-company-profile.html',
  },
  {
    name: 'generic.siteChrome',
    selectors: ['[role="navigation"]', '[role="contentinfo"]'],
    urls: [RAYNET.company],
    fixture: 'raynet-company-detail.html',
  },
  {
    name: 'generic.fieldLabel',
    selectors: ['th', 'td', 'span', '[class*="label" i]'],
    urls: [RAYNET.company],
    fixture: 'raynet-company-detail.html',
  },
  {
    name: 'generic.fieldLabel',
    selectors: ['dt', 'b', 'strong'],
    urls: [SITE.styledRecord],
    fixture: 'generic-record-uppercase.html',
  },
  {
    name: 'generic.fieldLabel',
    selectors: ['label'],
    urls: [SITE.ariaList],
    fixture: 'generic-aria-list.html',
  },
  {
    name: 'generic.titleLike',
    selectors: ['[style*="font" i]', '[class*="title" i]', '[class*="head" i]'],
    urls: [RAYNET.company],
    fixture: 'raynet-company-detail-no-heading.html',
  },
  {
    name: 'generic.titleLike',
    selectors: ['[role="heading"]'],
    urls: [RAYNET.person],
    fixture: 'raynet-person-detail.html',
  },
  {
    name: 'generic.titleLike',
    selectors: ['[class*="name" i]', 'strong', 'b'],
    urls: [SITE.styledRecord],
    fixture: 'generic-record-uppercase.html',
  },
  {
    name: 'generic.titleLike',
    selectors: ['h2'],
    urls: [SITE.profile],
    fixture: 'generic-company-profile.html',
  },
  {
    name: 'generic.titleLike',
    selectors: ['h3'],
    urls: [SITE.ariaList],
    fixture: 'generic-aria-list.html',
  },
  { name: 'generic.titleLike', selectors: ['h4'], urls: [SITE.record], fixture: 'generic-record-h4.html' },
  {
    name: 'generic.listRow',
    selectors: ['tr', '[role="row"]'],
    urls: [RAYNET.companies],
    fixture: 'raynet-company-list.html',
  },
  {
    name: 'generic.listRow',
    selectors: ['li'],
    urls: [SITE.profile],
    fixture: 'generic-company-profile.html',
  },
  {
    name: 'generic.rowCell',
    selectors: ['td', 'th'],
    urls: [SITE.list],
    fixture: 'generic-plain-table.html',
  },
  {
    name: 'generic.rowCell',
    selectors: ['[role="rowheader"]', '[role="cell"]'],
    urls: [SITE.ariaList],
    fixture: 'generic-aria-list.html',
  },
  {
    name: 'generic.rowCell',
    selectors: ['[role="gridcell"]'],
    urls: [SITE.ariaList],
    fixture: 'generic-aria-list.html',
  },
];
