/**
 * Salesforce Lightning hooks, from crm-dom.md § Salesforce Lightning. Fields are found by API name
 * (`data-target-selection-name`), never by their localized labels.
 * Each selector's example pages, saved fixture and (for fallbacks) removal date: test/crm/selector-records.ts;
 * the Aura alternatives (older record pages and lists) may go after 2027-12-31.
 */
import type { Selector } from '../query';

/**
 * The view the user is looking at: Lightning keeps earlier views in the DOM, inactive.
 * Example: https://acme.lightning.force.com/lightning/r/Account/001AAAAAAAAAAAAAAA/view
 */
export const activeView: Selector = ['.windowViewMode-normal.oneContent.active', '.oneContent.active'];

/**
 * Lightning's own hiding classes, on top of the attribute checks (`hidden`, `aria-hidden`): SLDS's
 * `.slds-hide` tabs and edit forms, and inactive views when no view is marked active.
 * Example: https://acme.lightning.force.com/lightning/r/Contact/003AAAAAAAAAAAAAAA/view
 */
export const hiddenContainer = '.slds-hide, .hidden, .oneContent:not(.active)';

/**
 * The record name in the highlights panel.
 * Example: https://acme.lightning.force.com/lightning/r/Contact/003AAAAAAAAAAAAAAA/view
 */
export const recordName: Selector = [
  'records-highlights2 slot[name="primaryField"] lightning-formatted-text',
  // People (Contact, Lead): the name component itself fills the slot.
  'lightning-formatted-name[slot="primaryField"]',
  'records-formula-output[slot="primaryField"] lightning-formatted-text',
  'records-highlights2 h1 lightning-formatted-text',
  // Aura record header, before records-highlights2 (DevartSoftware/tmetric-plugins).
  '.slds-page-header h1 .uiOutputText',
];

/** API names of the fields read; language independent. */
export type FieldApiName =
  | 'Account.Website'
  | 'Contact.Email'
  | 'Contact.AccountId'
  | 'Lead.Company'
  | 'Lead.Email'
  | 'Lead.Website';

/**
 * A record field's container by API name.
 * Example: https://acme.lightning.force.com/lightning/r/Lead/00QAAAAAAAAAAAAAAA/view
 */
export function recordField(field: FieldApiName): Selector {
  return [`[data-target-selection-name="sfdc:RecordField.${field}"]`];
}

/**
 * Field values inside a field container: LWC components, then the older Aura output classes.
 * Example: https://acme.lightning.force.com/lightning/r/Lead/00QAAAAAAAAAAAAAAA/view
 */
export const urlValue: Selector = ['lightning-formatted-url', 'a[href]', '.uiOutputURL'];
export const emailValue: Selector = ['lightning-formatted-email', 'a[href^="mailto:" i]', '.uiOutputEmail'];
export const textValue: Selector = ['lightning-formatted-text', '.uiOutputText'];
/**
 * A lookup (Contact.AccountId): the link to the related record.
 * Example: https://acme.lightning.force.com/lightning/r/Contact/003AAAAAAAAAAAAAAA/view
 */
export const lookupValue: Selector = [
  'records-hoverable-link a',
  'force-lookup a',
  'a[href*="/lightning/r/"]',
];

/**
 * List rows: LWC datatables key rows by record id; older Aura lists are `uiVirtualDataTable`s.
 * Example: https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent
 */
export const listRow: Selector = [
  'tr[data-row-key-value]',
  'table.uiVirtualDataTable tbody tr',
  'table[data-aura-class~="uiVirtualDataTable"] tbody tr',
];

/**
 * The record link in a row's header cell; Aura marks it `data-refid="recordId"`.
 * Example: https://acme.lightning.force.com/lightning/o/Contact/list?filterName=Recent
 */
export const rowRecordLink: Selector = [
  'th a[data-recordid]',
  'th a[data-refid="recordId"]',
  'th a[href*="/lightning/r/"]',
];

/**
 * Account lookups in a row (a contact's account), by the Account id prefix 001.
 * Example: https://acme.lightning.force.com/lightning/o/Contact/list?filterName=Recent
 */
export const rowAccountLink: Selector = ['a[data-recordid^="001"]'];
