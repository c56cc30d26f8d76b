/**
 * A plain CRM-like table, as on a site the user adds in the options page (no CRM's markup): one
 * company per row with its name, website link and e-mail link. The generic scanner reads it once
 * the sandbox's origin is added as a site; each known company gets one badge, at its name.
 */
import type { DemoCompany } from './cast';
import { esc, page, siteHref, siteText } from './html';

/** Under `/demo/`, outside the CRM prefixes: no CRM adapter claims it. */
export const PLAIN_TABLE_PATH = 'tabulka/firmy';

export function plainCompanyTable(rows: readonly DemoCompany[]): string {
  const cells = rows.map((company, index) => {
    const web = company.website
      ? `<a href="${esc(siteHref(company.website))}">${esc(siteText(company.website))}</a>`
      : '';
    const mail = company.email ? `<a href="mailto:${esc(company.email)}">${esc(company.email)}</a>` : '';
    return `<tr><td>${index + 1}</td><td class="name">${esc(company.name)}</td><td>${web}</td><td>${mail}</td></tr>`;
  });
  const body = `<main><h1>Firmy</h1>
<p>Obyčejná tabulka firem. Rozšíření ji čte, když tento web přidáte v nastavení (Další weby).</p>
<table class="companies">
  <thead><tr><th>#</th><th>Název</th><th>Web</th><th>E-mail</th></tr></thead>
  <tbody>
${cells.join('\n')}
  </tbody>
</table></main>`;
  return page('Firmy – tabulka', 'obyčejná tabulka firem na webu, který přidáte v nastavení', body);
}
