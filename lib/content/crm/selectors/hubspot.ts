/**
 * HubSpot hooks, from crm-dom.md § HubSpot. HubSpot's class names are generated (`private-…`,
 * styled-components hashes); only `data-*` test hooks and URLs are relied on.
 * Each selector's example pages, saved fixture and (for fallbacks) removal date: test/crm/selector-records.ts.
 */
import type { Selector } from '../query';

/**
 * Record name in the header card (companies and contacts).
 * Example: https://app.hubspot.com/contacts/123456/record/0-2/987654321
 */
export const recordTitle: Selector = [
  '[data-card-type="OBJECT_HIGHLIGHT"] [data-selenium-test="highlightTitle"]',
  // Pre-2024 record UI (crm-dom.md: "the older ProfileHighlightContainer"), still targeted by
  // toggl/track-extension's HubSpot integration; removeAfter 2027-12-31 (test/crm/selector-records.ts).
  '[data-selenium-component="ProfileHighlightContainer"] [data-selenium-test="highlightTitle"]',
];

/**
 * The contact's e-mail in the header card, when the properties card does not show it.
 * Example: https://app.hubspot.com/contacts/123456/record/0-1/51
 */
export const highlightEmail: Selector = ['[data-test-id="highlight-property-display-email"]'];

/**
 * The record's own properties card. Association cards hold the *associated* record's properties
 * with the same hooks, so record properties are read inside this card only.
 * Example: https://app.hubspot.com/contacts/123456/record/0-2/987654321
 */
export const propertiesCard: Selector = ['[data-card-type="PROPERTIES_V3"]'];

/**
 * Any sidebar card, as a `closest()` boundary: tells which card a property input belongs to.
 * Example: https://app.hubspot.com/contacts/123456/record/0-1/51
 */
export const anyCard = '[data-card-type]';
export const propertiesCardType = 'PROPERTIES_V3';

/**
 * A property's value: the `property-input-<name>` hook, or the input inside the property's list item
 * `[data-test-id="<name>"]` (crm-dom.md: "list items [data-test-id="<property>"]").
 * Companies: `name`, `domain`, `phone`; contacts: `email`, `firstname`, `lastname`.
 * Example: https://app.hubspot.com/contacts/123456/record/0-2/987654321
 */
export function propertyValue(property: string): Selector {
  return [
    `[data-selenium-test="property-input-${property}"]`,
    `[data-test-id="${property}"] input`,
    `[data-test-id="${property}"] textarea`,
  ];
}

/**
 * An associated company's name outside the properties card (the "Companies" association card on a
 * contact). Only companies have a `name` property; contacts use firstname/lastname, deals dealname.
 * Example: https://app.hubspot.com/contacts/123456/record/0-1/51
 */
export const associatedCompanyName: Selector = ['[data-selenium-test="property-input-name"]'];
/** The associated company's domain, next to its name in the same association item. */
export const associatedCompanyDomain: Selector = propertyValue('domain');

/**
 * Name cells of index pages; external ids look like `name-<recordId>`. Rows load lazily on scroll,
 * so a rescan finds the new ones.
 * Example: https://app.hubspot.com/contacts/123456/objects/0-2/views/all/list
 */
export const listNameCell: Selector = [
  // Exact column first: `*=` alone would also match `firstname-` and `lastname-` cells.
  'td[data-table-external-id^="name-"]',
  'td[data-table-external-id*="name-"]',
];

/**
 * The record label inside a name cell; the record link when a row renders without the label hook.
 * Example: https://app.hubspot.com/contacts/123456/objects/0-2/views/all/list
 */
export const listNameLabel: Selector = [
  '[data-test-id="truncated-object-label"]',
  'a[href*="/record/"]',
  'a',
];

/**
 * Optional columns of the same row, when the view shows them.
 * Example: https://app.hubspot.com/contacts/123456/objects/0-2/views/all/list (domain)
 * Example: https://app.hubspot.com/contacts/123456/objects/0-1/views/all/list (email)
 */
export const listDomainCell: Selector = ['td[data-table-external-id*="domain-"]'];
export const listEmailCell: Selector = ['td[data-table-external-id*="email-"]'];
