/**
 * Generic page scanner hooks: plain HTML semantics only, for Raynet (crm-dom.md § Raynet: "no public
 * DOM selectors exist") and any other site the user enables.
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
