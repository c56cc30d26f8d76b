/**
 * Raynet hooks. Raynet publishes no stable DOM hooks (crm-dom.md § Raynet), so besides the generic
 * scanner only URLs are trusted: a link to `?view=DetailView&en=Company&ei=…` is a company record,
 * whatever markup surrounds it (crm-dom.md lesson 3: ids come from the URL).
 * Each selector's example pages and saved fixture: test/crm/selector-records.ts.
 */
import type { Selector } from '../query';

/**
 * Links to records, in lists and on detail pages (a person's company).
 * Example: https://app.raynet.cz/acme/?view=ListView&en=Company
 */
export const recordLink: Selector = ['a[href*="view=DetailView"]'];

/**
 * The row around a record link in a list, as a `closest()` boundary: the row's website and e-mail
 * links belong to that record.
 * Example: https://app.raynet.cz/acme/?view=ListView&en=Company
 */
export const listRow = '[role="row"], tr';
