/**
 * Generic page scanner hooks: plain HTML semantics only, for Raynet (crm-dom.md § Raynet: "no public
 * DOM selectors exist") and any other site the user enables.
 * Each selector's example pages and saved fixture: test/crm/selector-records.ts.
 */
import type { Selector } from '../query';

/**
 * The page's record heading.
 * Example: https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=7
 * Example: https://katalog.example.cz/firma/strojirny-zdar (a company profile on a directory site)
 */
export const heading: Selector = ['h1', '[role="heading"][aria-level="1"]'];

/**
 * Absolute links: websites of other organisations once off-site links are kept.
 * Example: https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=7 (the company's "Web" field)
 */
export const externalLink: Selector = ['a[href^="http" i]'];

/**
 * E-mail links.
 * Example: https://app.raynet.cz/acme/?view=DetailView&en=Person&ei=12
 */
export const mailtoLink: Selector = ['a[href^="mailto:" i]'];

/**
 * Site chrome, as a `closest()` boundary: navigation and footers link to social networks and
 * vendors and name the site's operator, not the entity the page is about.
 * Example: https://katalog.example.cz/firma/strojirny-zdar (the footer's operator IČO)
 */
export const siteChrome = 'nav, footer, [role="navigation"], [role="contentinfo"]';

/**
 * Elements that may be a field's label, its value being the next element (or the `for` target):
 * `<dt>IČ</dt><dd>…</dd>`, `<td>IČ:</td><td>…</td>`, `<label>Web</label><span>…</span>`.
 * Example: https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=7 (the "IČ:" table row)
 */
export const fieldLabel = 'dt, th, td, label, b, strong, span, [class*="label" i]';

/**
 * Title-like elements, for record pages whose name is no heading element: lower headings, ARIA
 * headings, elements styled or classed as a title or name.
 * Example: https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=7 (a styled span)
 */
export const titleLike =
  'h2, h3, h4, [role="heading"], [class*="title" i], [class*="name" i], [class*="head" i], [style*="font" i], strong, b';

/**
 * A row of a list, as a `closest()` boundary: the website, e-mail and IČO in one row belong to the
 * record the row names.
 * Example: a plain CRM-like table of companies (name | website | e-mail), sandbox /demo/tabulka/firmy
 */
export const listRow = 'tr, [role="row"], li';

/** The cells of a row; a row of other elements uses its child elements. */
export const rowCell = 'td, th, [role="gridcell"], [role="cell"], [role="rowheader"]';
