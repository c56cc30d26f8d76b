/**
 * The index page of a static directory without its own index.html: a list of what is there, read
 * from disk on every request so pages added later (the demo CRM pages) appear without a restart.
 */
import { escapeHtml } from './django-pages';

export interface ListingEntry {
  name: string;
  directory: boolean;
}

export interface ListingPage {
  title: string;
  /** URL path of the directory, ending in "/". */
  path: string;
  entries: readonly ListingEntry[];
  /** Base URL of the API and the demo login, shown so a demo needs no other notes. */
  apiUrl: string;
  email: string;
  password: string;
}

export function listingTitle(prefix: string): string {
  return prefix === '/demo/' ? 'Leady sandbox – demo pages' : `Leady sandbox – ${prefix}`;
}

export function renderListing(page: ListingPage): string {
  const items = page.entries
    .map((entry) => {
      const label = entry.directory ? `${entry.name}/` : entry.name;
      const href = encodeURIComponent(entry.name) + (entry.directory ? '/' : '');
      return `      <li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></li>`;
    })
    .join('\n');
  const list = page.entries.length > 0 ? `<ul>\n${items}\n    </ul>` : '<p>No pages here yet.</p>';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(page.title)}</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
      code { background: #f2f2f2; padding: 0 .25em; }
    </style>
  </head>
  <body>
    <h1>${escapeHtml(page.title)}</h1>
    <p>Files in <code>${escapeHtml(page.path)}</code>:</p>
    ${list}
    <h2>API</h2>
    <p>Base URL <code>${escapeHtml(page.apiUrl)}</code>, demo login
      <code>${escapeHtml(page.email)}</code> / <code>${escapeHtml(page.password)}</code>.</p>
  </body>
</html>
`;
}
