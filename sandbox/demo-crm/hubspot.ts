/**
 * HubSpot pages, structured like test/fixtures/crm/hubspot-*.html (crm-dom.md § HubSpot): the
 * OBJECT_HIGHLIGHT title, the PROPERTIES_V3 card, association cards, and index tables whose name
 * cells carry `data-table-external-id="name-<id>"`.
 */
import type { DemoCompany, DemoPerson } from './cast';
import { esc, page, siteHref, siteText } from './html';

export const HUBSPOT_PORTAL = 4455667;
const base = `/demo/hubspot/contacts/${HUBSPOT_PORTAL}`;

const nav = `<nav class="private-nav" aria-label="Hlavní navigace">
  <a href="${base}/objects/0-2/views/all/list">Společnosti</a>
  <a href="https://knowledge.hubspot.com/cs">Nápověda</a>
</nav>`;

function property(name: string, label: string, value: string | undefined): string {
  if (!value) return '';
  return `<li data-test-id="${name}" class="private-form__set"><label class="private-form__label">${esc(label)}</label>
  <input data-selenium-test="property-input-${name}" class="private-form__control" type="text" value="${esc(value)}"></li>`;
}

export function hubspotCompanyRecord(company: DemoCompany): string {
  const domain = company.website ? siteText(company.website) : undefined;
  const body = `${nav}
<div class="private-layout" data-test-id="record-layout">
  <aside class="private-sidebar">
    <div data-card-type="OBJECT_HIGHLIGHT" class="private-card">
      <h2 class="private-truncated-string"><span data-selenium-test="highlightTitle" class="private-truncated-string__inner">${esc(company.name)}</span></h2>
      ${domain ? `<div data-test-id="highlight-property-display-domain">${esc(domain)}</div>` : ''}
    </div>
    <div data-card-type="PROPERTIES_V3" class="private-card">
      <h3>O této společnosti</h3>
      <ul class="private-list private-list--unstyled">
        ${property('domain', 'Doménové jméno společnosti', domain)}
        ${property('name', 'Název společnosti', company.name)}
      </ul>
    </div>
  </aside>
  <main><p>Nedávná komunikace: zatím žádná.</p></main>
</div>`;
  return page(`${company.name} | HubSpot`, 'ukázka záznamu společnosti v HubSpotu', body, 'private-body');
}

export function hubspotContactRecord(person: DemoPerson): string {
  const [firstname, ...rest] = person.name.split(' ');
  const domain = person.company.website ? siteText(person.company.website) : undefined;
  const body = `${nav}
<div class="private-layout">
  <aside class="private-sidebar">
    <div data-card-type="OBJECT_HIGHLIGHT" class="private-card">
      <h2 class="private-truncated-string"><span data-selenium-test="highlightTitle" class="private-truncated-string__inner">${esc(person.name)}</span></h2>
      ${person.email ? `<div data-test-id="highlight-property-display-email"><a href="mailto:${esc(person.email)}">${esc(person.email)}</a></div>` : ''}
    </div>
    <div data-card-type="PROPERTIES_V3" class="private-card">
      <ul class="private-list private-list--unstyled">
        ${property('email', 'E-mail', person.email)}
        ${property('firstname', 'Křestní jméno', firstname)}
        ${property('lastname', 'Příjmení', rest.join(' '))}
        ${property('jobtitle', 'Pracovní pozice', person.position)}
      </ul>
    </div>
  </aside>
  <aside class="private-sidebar private-sidebar--right">
    <div data-card-type="ASSOCIATION_V3" data-association-type="companies" class="private-card">
      <h3>Společnosti (1)</h3>
      <ul class="private-list"><li>
        <span data-selenium-test="property-input-name" class="private-truncated-string__inner">${esc(person.company.name)}</span>
        ${domain ? `<div data-selenium-test="property-input-domain"><a href="${esc(siteHref(domain))}" target="_blank" rel="noopener">${esc(domain)}</a></div>` : ''}
      </li></ul>
    </div>
  </aside>
</div>`;
  return page(`${person.name} | HubSpot`, 'ukázka záznamu kontaktu v HubSpotu', body, 'private-body');
}

/** One index row; `recordId` is the CRM's own id (any number). */
export function hubspotCompanyRow(company: DemoCompany, recordId: number): string {
  const domain = company.website ? siteText(company.website) : '';
  return `<tr class="private-table__row" data-test-id="row-${recordId}">
  <td data-table-external-id="name-${recordId}" class="private-table__cell"><a href="${base}/record/0-2/${recordId}" class="private-link"><span data-test-id="truncated-object-label" class="private-truncated-string__inner">${esc(company.name)}</span></a></td>
  <td data-table-external-id="hubspot_owner_id-${recordId}">Eva Malá</td>
  <td data-table-external-id="domain-${recordId}">${esc(domain)}</td>
</tr>`;
}

export function hubspotCompanyList(rows: readonly DemoCompany[]): string {
  const body = `${nav}
<div class="IndexPage__Wrapper-sc-9i8u7y"><div role="tabpanel">
<table class="private-table" data-test-id="crm-index-table">
  <thead><tr><th data-table-external-id="header-name">Název společnosti</th><th data-table-external-id="header-hubspot_owner_id">Vlastník</th><th data-table-external-id="header-domain">Doména</th></tr></thead>
  <tbody>
${rows.map((company, index) => hubspotCompanyRow(company, 10123456000 + index)).join('\n')}
  </tbody>
</table></div></div>`;
  return page('Společnosti | HubSpot', 'ukázka seznamu společností v HubSpotu', body, 'private-body');
}
