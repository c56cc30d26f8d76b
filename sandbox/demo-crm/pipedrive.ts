/**
 * Pipedrive pages, structured like test/fixtures/crm/pipedrive-*.html (crm-dom.md § Pipedrive):
 * `header-title` with an editable textarea, labelled field rows, the organization block on a
 * person, and list rows found through their record links.
 */
import type { DemoCompany, DemoPerson } from './cast';
import { esc, page, siteHref, siteText } from './html';

const base = '/demo/pipedrive';

const nav = `<nav class="sc-navbar" aria-label="Navigace">
  <a href="${base}/organizations/list/filter/7">Organizace</a>
  <a href="https://support.pipedrive.com/cs">Podpora</a>
</nav>`;

function row(label: string, value: string): string {
  return `<div data-testid="fields-list-row"><div data-testid="field-name">${esc(label)}</div>
  <div data-testid="fields-list-row-field-components"><div>${value}</div></div></div>`;
}

function companyFields(company: DemoCompany): string {
  return [
    company.website
      ? row(
          'Web',
          `<a href="${esc(siteHref(company.website))}" target="_blank" rel="noopener noreferrer">${esc(siteText(company.website))}</a>`,
        )
      : '',
    company.ico ? row('IČO', esc(company.ico)) : '',
  ].join('\n');
}

export function pipedriveOrganization(company: DemoCompany): string {
  const body = `<div id="froot">${nav}
<main class="detailView">
  <header><div data-testid="header-title" class="cui5-editable-text"><textarea rows="1" aria-label="Název">${esc(company.name)}</textarea></div></header>
  <div class="sidebar" data-testid="details-sidebar"><section aria-label="Souhrn">
${companyFields(company)}
  </section></div>
</main></div>`;
  return page(`${company.name} - Pipedrive`, 'ukázka organizace v Pipedrive', body);
}

export function pipedrivePerson(person: DemoPerson, organizationId: number): string {
  const body = `<div id="froot">${nav}
<main class="detailView personDetails">
  <header><div data-testid="header-title" class="cui5-editable-text"><textarea rows="1" aria-label="Jméno">${esc(person.name)}</textarea></div></header>
  <div class="sidebar" data-testid="details-sidebar">
    <section aria-label="Souhrn">
${person.email ? row('Email', `<a href="mailto:${esc(person.email)}">${esc(person.email)}</a> (Práce)`) : ''}
    </section>
    <section data-testid="organization-block" aria-label="Organizace">
      <h3>Organizace</h3>
      <a href="${base}/organization/${organizationId}" class="cui5-link">${esc(person.company.name)}</a>
${companyFields(person.company)}
    </section>
  </div>
</main></div>`;
  return page(`${person.name} - Pipedrive`, 'ukázka osoby v Pipedrive', body);
}

export function pipedriveOrganizationList(rows: readonly DemoCompany[], firstId = 4200): string {
  const cells = rows.map((company, index) => {
    const web = company.website
      ? `<a href="${esc(siteHref(company.website))}" target="_blank">${esc(siteText(company.website))}</a>`
      : '';
    return `<div role="row" class="sc-grid-row"><div role="gridcell"><a href="${base}/organization/${firstId + index}" class="sc-link">${esc(company.name)}</a></div><div role="gridcell">${web}</div><div role="gridcell">Eva Malá</div></div>`;
  });
  const body = `<div id="froot">${nav}
<main class="sc-list-view"><div role="grid" class="cui5-table">
  <div role="row" class="sc-grid-header"><div role="columnheader">Název</div><div role="columnheader">Web</div><div role="columnheader">Vlastník</div></div>
${cells.join('\n')}
</div></main></div>`;
  return page('Organizace - Pipedrive', 'ukázka seznamu organizací v Pipedrive', body);
}
