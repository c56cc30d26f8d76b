/**
 * Salesforce Lightning pages, structured like test/fixtures/crm/salesforce-*.html (crm-dom.md
 * § Salesforce Lightning): one active `.oneContent` view, the highlights panel's primary field,
 * fields by API name, and LWC datatable rows keyed by record id.
 */
import type { DemoCompany, DemoPerson } from './cast';
import { esc, page, siteHref, siteText } from './html';

const base = '/demo/salesforce/lightning';

/** A plausible 18-character record id with the object's key prefix (001 Account, 003 Contact). */
export function salesforceId(prefix: '001' | '003', n: number): string {
  return `${prefix}5g00000${String(n).padStart(5, '0')}AAB`.slice(0, 18);
}

function shell(title: string, note: string, content: string): string {
  const body = `<div class="desktop container forceStyle oneOne">
  <nav class="slds-context-bar" role="navigation"><a href="${base}/o/Account/list">Účty</a></nav>
  <div class="viewport" role="main">
    <div class="windowViewMode-normal oneContent active lafPageHost">
${content}
    </div>
  </div>
</div>`;
  return page(title, note, body, 'desktop');
}

function website(company: DemoCompany): string {
  if (!company.website) return '';
  return `<lightning-formatted-url><a href="${esc(siteHref(company.website))}" target="_blank">${esc(siteText(company.website))}</a></lightning-formatted-url>`;
}

export function salesforceAccount(company: DemoCompany): string {
  return shell(
    `${company.name} | Account | Salesforce`,
    'ukázka účtu v Salesforce',
    `<records-lwc-highlights-panel><records-highlights2 class="slds-page-header">
  <h1><div class="entityNameTitle">Účet</div><slot name="primaryField"><lightning-formatted-text>${esc(company.name)}</lightning-formatted-text></slot></h1>
</records-highlights2></records-lwc-highlights-panel>
<records-record-layout-section>
  <div data-target-selection-name="sfdc:RecordField.Account.Website" class="slds-form-element"><span class="test-id__field-label">Webová stránka</span>${website(company)}</div>
  <div data-target-selection-name="sfdc:RecordField.Account.ICO__c" class="slds-form-element"><span class="test-id__field-label">IČO</span><lightning-formatted-text>${esc(company.ico)}</lightning-formatted-text></div>
</records-record-layout-section>`,
  );
}

export function salesforceContact(person: DemoPerson, accountId: string): string {
  return shell(
    `${person.name} | Contact | Salesforce`,
    'ukázka kontaktu v Salesforce',
    `<records-lwc-highlights-panel><records-highlights2 class="slds-page-header">
  <h1><div class="entityNameTitle">Kontakt</div><lightning-formatted-name slot="primaryField">${esc(person.name)}</lightning-formatted-name></h1>
</records-highlights2></records-lwc-highlights-panel>
<records-record-layout-section>
  <div data-target-selection-name="sfdc:RecordField.Contact.AccountId" class="slds-form-element"><span class="test-id__field-label">Název účtu</span>
    <force-lookup><records-hoverable-link><a href="${base}/r/Account/${accountId}/view"><span>${esc(person.company.name)}</span></a></records-hoverable-link></force-lookup></div>
  ${person.email ? `<div data-target-selection-name="sfdc:RecordField.Contact.Email" class="slds-form-element"><lightning-formatted-email><a href="mailto:${esc(person.email)}">${esc(person.email)}</a></lightning-formatted-email></div>` : ''}
</records-record-layout-section>`,
  );
}

export function salesforceAccountList(rows: readonly DemoCompany[]): string {
  const body = rows.map((company, index) => {
    const id = salesforceId('001', index + 1);
    return `<tr data-row-key-value="${id}" class="slds-hint-parent">
  <th scope="row"><lightning-primitive-cell-factory><records-hoverable-link><a href="${base}/r/Account/${id}/view" data-recordid="${id}" title="${esc(company.name)}"><span>${esc(company.name)}</span></a></records-hoverable-link></lightning-primitive-cell-factory></th>
  <td data-label="Webová stránka">${website(company)}</td>
</tr>`;
  });
  return shell(
    'Naposledy zobrazené | Účty | Salesforce',
    'ukázka seznamu účtů v Salesforce',
    `<lightning-datatable><table class="slds-table" role="grid">
  <thead><tr><th scope="col">Název účtu</th><th scope="col">Webová stránka</th></tr></thead>
  <tbody>
${body.join('\n')}
  </tbody>
</table></lightning-datatable>`,
  );
}
