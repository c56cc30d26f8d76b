/**
 * Raynet pages, structured like test/fixtures/crm/raynet-*.html (crm-dom.md § Raynet): no hooks,
 * so the URL's `view`/`en`/`ei`, the heading, website and mailto links and the labelled IČ carry it.
 * Record links are query-only (`?view=DetailView&en=Company&ei=7`), as Raynet writes them.
 */
import type { DemoCompany } from './cast';
import { esc, page, siteHref, siteText } from './html';

export const RAYNET_INSTANCE = 'acme';

export function raynetDetailQuery(id: number): string {
  return `?view=DetailView&en=Company&ei=${id}`;
}

const nav = `<nav class="rn-menu x-toolbar" role="navigation">
  <a href="?view=ListView&amp;en=Company">Klienti</a>
  <a href="https://raynet.cz/napoveda/">Nápověda</a>
</nav>`;

function field(label: string, value: string): string {
  return value
    ? `<tr><th class="rn-fields__label">${esc(label)}</th><td class="rn-fields__value">${value}</td></tr>`
    : '';
}

/** The IČ, Web and E-mail rows of a company detail, each made by `row` (markup of the label, value). */
function companyFields(company: DemoCompany, row: (label: string, value: string) => string): string {
  const web = company.website
    ? `<a href="${esc(siteHref(company.website))}" target="_blank" rel="noopener">${esc(siteText(company.website))}</a>`
    : '';
  const mail = company.email ? `<a href="mailto:${esc(company.email)}">${esc(company.email)}</a>` : '';
  return [row('IČ', esc(company.ico)), row('Web', web), row('E-mail', mail)].join('\n    ');
}

export function raynetCompanyDetail(company: DemoCompany): string {
  const body = `<div id="rn-viewport" class="x-viewport">${nav}
<div class="x-panel rn-detail">
  <div class="x-panel-header"><h1 class="x-title-text rn-detail__title">${esc(company.name)}</h1></div>
  <div class="x-panel-body"><table class="rn-fields"><tbody>
    ${companyFields(company, field)}
  </tbody></table></div>
</div>
<footer class="rn-footer" role="contentinfo">© RAYNET s.r.o.</footer></div>`;
  return page(`${company.name} | RAYNET CRM`, 'ukázka detailu klienta v Raynetu', body, 'x-body rn-app');
}

export function raynetCompanyList(rows: readonly DemoCompany[], firstId = 700): string {
  const cells = rows.map((company, index) => {
    const web = company.website
      ? `<a href="${esc(siteHref(company.website))}" target="_blank">${esc(siteText(company.website))}</a>`
      : '';
    const mail = company.email ? `<a href="mailto:${esc(company.email)}">${esc(company.email)}</a>` : '';
    return `<tr role="row" class="x-grid-row"><td><a href="${raynetDetailQuery(firstId + index).replace(/&/g, '&amp;')}">${esc(company.name)}</a></td><td>${web}</td><td>${mail}</td></tr>`;
  });
  const body = `<div id="rn-viewport" class="x-viewport">${nav}
<div class="x-panel rn-list"><table class="x-grid-item-container" role="grid">
  <thead><tr role="row"><th>Název</th><th>Web</th><th>E-mail</th></tr></thead>
  <tbody>
${cells.join('\n')}
  </tbody>
</table></div></div>`;
  return page('Klienti | RAYNET CRM', 'ukázka seznamu klientů v Raynetu', body, 'x-body rn-app');
}

/**
 * A company detail as Raynet's app renders it without any heading element: the name in a styled
 * span, the fields in two-cell rows ("IČ:" | number). The extension names the record from the span
 * and identifies it from the labelled fields (issue 11).
 */
export function raynetCompanyDetailWithoutHeading(company: DemoCompany): string {
  // ExtJS form rows: the label in a plain cell, with its colon.
  const row = (label: string, value: string) =>
    value
      ? `<tr><td class="x-form-item-label">${esc(label)}:</td><td class="x-form-display-field">${value}</td></tr>`
      : '';
  const body = `<div id="rn-viewport" class="x-viewport">${nav}
<div class="x-panel rn-detail">
  <div class="x-panel-header"><span class="x-breadcrumb">Klienti</span>
    <span class="rn-detail__company" style="font-size: 20px; font-weight: 700">${esc(company.name)}</span></div>
  <div class="x-panel-body"><table class="x-form-fields"><tbody>
    ${companyFields(company, row)}
  </tbody></table></div>
</div>
<footer class="rn-footer" role="contentinfo">© RAYNET s.r.o.</footer></div>`;
  return page('Klient | RAYNET CRM', 'ukázka detailu klienta v Raynetu bez nadpisu', body, 'x-body rn-app');
}
