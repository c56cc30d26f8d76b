/**
 * Pipedrive hooks, from crm-dom.md § Pipedrive. Classes are generated (`cui5-…`, `sc-…`); the
 * `data-testid` hooks and record URLs are what other extensions rely on.
 * Each selector's example pages, saved fixture and (for fallbacks) removal date: test/crm/selector-records.ts.
 */
import type { Selector } from '../query';

/**
 * The record title; an editable textarea or input on current pages (read its value).
 * Example: https://acme.pipedrive.com/organization/42
 */
export const headerTitle: Selector = [
  '[data-testid="header-title"]',
  // Older detail header (DevartSoftware/tmetric-plugins' Pipedrive integration); kept while
  // accounts are still migrated to the new detail view; removeAfter 2027-12-31 (test/crm/selector-records.ts).
  '.descriptionHead .title',
];

/**
 * One labelled field of the details sidebar (virtualised: off-screen rows appear on scroll).
 * Example: https://acme.pipedrive.com/organization/42
 */
export const fieldRow: Selector = ['[data-testid="fields-list-row"]'];
export const fieldName: Selector = ['[data-testid="field-name"]'];
export const fieldValue: Selector = ['[data-testid="fields-list-row-field-components"]'];

/**
 * The person's organization on a person page; its fields belong to the organization.
 * Example: https://acme.pipedrive.com/person/1001
 */
export const organizationBlock: Selector = ['[data-testid="organization-block"]'];

/**
 * Blocks about *other* records, as a `closest()` boundary: their field rows are not the page
 * record's fields (the people block on an organization, the organization block on a person).
 * Example: https://acme.pipedrive.com/organization/42
 */
export const relatedBlock = '[data-testid="organization-block"], [data-testid="person-block"]';

/**
 * Record links; no stable list-row hook exists, so list rows are found through these links.
 * Example: https://acme.pipedrive.com/organizations/list/filter/7
 */
export const organizationLink: Selector = ['a[href*="/organization/"]'];
/** Example: https://acme.pipedrive.com/persons/list/filter/3 */
export const personLink: Selector = ['a[href*="/person/"]'];

/**
 * The row around a record link in a list, as a `closest()` boundary: the grid uses ARIA rows,
 * older list views table rows (removeAfter 2027-12-31, test/crm/selector-records.ts).
 * Example: https://acme.pipedrive.com/organizations/list/filter/7
 */
export const listRow = '[role="row"], tr';
