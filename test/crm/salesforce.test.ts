import { describe, expect, it } from 'vitest';
import { salesforce } from '../../lib/content/crm/salesforce';
import { clueView, loadFixture, loadHtml, readingAt, savedPagesReadAt } from './load-page';

const ORIGIN = 'https://acme.lightning.force.com';
const ACCOUNT_URL = `${ORIGIN}/lightning/r/Account/0015g00000XyZ12AAB/view`;
const CONTACT_URL = `${ORIGIN}/lightning/r/Contact/0035g00000AbC34AAC/view`;
const LEAD_URL = `${ORIGIN}/lightning/r/Lead/00Q5g00000DeF56AAD/view`;
const ACCOUNTS_URL = `${ORIGIN}/lightning/o/Account/list?filterName=Recent`;
const CONTACTS_URL = `${ORIGIN}/lightning/o/Contact/list?filterName=Recent`;

function scan(file: string, url: string) {
  const page = loadFixture(file, url);
  return { ...page, findings: salesforce.scan(page.doc, page.url) };
}

/** A list row with a Lead's record id, and one whose record link carries no id. */
const ROWS_WITH_AND_WITHOUT_ID = `<table><tbody>
  <tr data-row-key-value="00Q5g00000DeF56AAD"><th><a data-recordid="00Q5g00000DeF56AAD" href="/lightning/r/00Q5g00000DeF56AAD/view">Petra Svobodová</a></th></tr>
  <tr data-row-key-value="row-2"><th><a href="/lightning/r/Account/x/view">Bez čísla s.r.o.</a></th></tr>
</tbody></table>`;

function readList(url: string) {
  const page = loadHtml(ROWS_WITH_AND_WITHOUT_ID, url);
  return clueView(salesforce.scan(page.doc, page.url));
}

describe('Salesforce page types', () => {
  it('reads the object from the path or, in short record URLs, from the id prefix', () => {
    expect(readingAt(salesforce, 'salesforce-account.html', ACCOUNT_URL)).toEqual(['company record']);
    const asLead = scan('salesforce-lead.html', LEAD_URL).findings;
    expect(asLead.length).toBeGreaterThan(0);
    expect(scan('salesforce-lead.html', `${ORIGIN}/lightning/r/00Q5g00000DeF56AAD/view`).findings).toEqual(
      asLead,
    );
    const asContact = scan('salesforce-contact.html', CONTACT_URL).findings;
    expect(asContact.length).toBeGreaterThan(0);
    expect(scan('salesforce-contact.html', `${ORIGIN}/lightning/r/003000000000001/view`).findings).toEqual(
      asContact,
    );
    // A list of accounts reads a row without a record id as an account; a list of other objects skips it.
    expect(readList(ACCOUNTS_URL)).toEqual([
      { kind: 'person', role: 'row', clues: { name: 'Petra Svobodová' } },
      { kind: 'company', role: 'row', clues: { name: 'Bez čísla s.r.o.' } },
    ]);
    expect(readList(`${ORIGIN}/lightning/o/Opportunity/list`)).toEqual([
      { kind: 'person', role: 'row', clues: { name: 'Petra Svobodová' } },
    ]);
    for (const url of [
      `${ORIGIN}/lightning/r/Opportunity/0065g00000Opp01AAA/view`,
      `${ORIGIN}/lightning/page/home`,
    ]) {
      expect(savedPagesReadAt(salesforce, url), url).toEqual([]);
      expect(readList(url), url).toEqual([]);
    }
  });
});

describe('Salesforce Account', () => {
  it('reads the active view only: header name and Account.Website', () => {
    const { findings } = scan('salesforce-account.html', ACCOUNT_URL);
    expect(clueView(findings)).toEqual([
      {
        kind: 'company',
        role: 'record',
        clues: { name: 'Strojírny Žďár a.s.', website: 'http://www.strojirny-zdar.cz' },
      },
    ]);
  });

  it('anchors on the primaryField text of the active view', () => {
    const { doc, findings } = scan('salesforce-account.html', ACCOUNT_URL);
    expect(findings[0]?.anchor).toBe(
      doc.querySelector(
        '.oneContent.active records-highlights2 slot[name="primaryField"] lightning-formatted-text',
      ),
    );
  });

  it('ignores inactive views and .slds-hide tabs even without an active marker', () => {
    const { doc, url } = loadFixture('salesforce-account.html', ACCOUNT_URL);
    doc.querySelector('.oneContent.active')?.classList.remove('active');
    const text = JSON.stringify(clueView(salesforce.scan(doc, url)));
    expect(text).not.toContain('Pekárna');
    expect(text).not.toContain('textilie-liberec');
  });

  it('reads fields rendered in native shadow roots', () => {
    const { doc, url } = loadHtml(
      `<div class="oneContent active"><records-highlights2><slot name="primaryField"><lightning-formatted-text>Elektro Brno spol. s r.o.</lightning-formatted-text></slot></records-highlights2>
       <div data-target-selection-name="sfdc:RecordField.Account.Website"><span>Webová stránka</span><lightning-formatted-url></lightning-formatted-url></div></div>`,
      ACCOUNT_URL,
    );
    const host = doc.querySelector('lightning-formatted-url');
    const shadow = host?.attachShadow({ mode: 'open' });
    if (shadow) shadow.innerHTML = '<a href="https://elektro-brno.cz/">elektro-brno.cz</a>';
    expect(clueView(salesforce.scan(doc, url))).toEqual([
      {
        kind: 'company',
        role: 'record',
        clues: { name: 'Elektro Brno spol. s r.o.', website: 'https://elektro-brno.cz/' },
      },
    ]);
  });

  it('finds the header inside an open shadow root when the light DOM has none', () => {
    const { doc, url } = loadHtml(
      '<div class="oneContent active"><records-lwc-highlights-panel></records-lwc-highlights-panel></div>',
      ACCOUNT_URL,
    );
    const panel = doc.querySelector('records-lwc-highlights-panel');
    const shadow = panel?.attachShadow({ mode: 'open' });
    if (shadow) {
      shadow.innerHTML =
        '<records-highlights2><slot name="primaryField"><lightning-formatted-text>Textilie Liberec a.s.</lightning-formatted-text></slot></records-highlights2>';
    }
    const findings = salesforce.scan(doc, url);
    expect(clueView(findings)).toEqual([
      { kind: 'company', role: 'record', clues: { name: 'Textilie Liberec a.s.' } },
    ]);
    expect(findings[0]?.anchor.getRootNode()).toBe(shadow);
  });

  it('reads the Aura record header (old-UI alternative)', () => {
    const { doc, url } = loadHtml(
      '<div class="slds-page-header"><h1><span class="uiOutputText">Pekárna Novák s.r.o.</span></h1></div>',
      ACCOUNT_URL,
    );
    expect(clueView(salesforce.scan(doc, url))).toEqual([
      { kind: 'company', role: 'record', clues: { name: 'Pekárna Novák s.r.o.' } },
    ]);
  });
});

describe('Salesforce Contact', () => {
  it('reads name, e-mail and the Account lookup (without its assistive text)', () => {
    const { findings } = scan('salesforce-contact.html', CONTACT_URL);
    expect(clueView(findings)).toEqual([
      {
        kind: 'person',
        role: 'record',
        clues: {
          name: 'Ing. Jan Novák',
          email: 'jan.novak@strojirny-zdar.cz',
          company: { name: 'Strojírny Žďár a.s.' },
        },
      },
      { kind: 'company', role: 'mention', clues: { name: 'Strojírny Žďár a.s.' } },
    ]);
  });

  it('anchors on lightning-formatted-name and on the account link', () => {
    const { doc, findings } = scan('salesforce-contact.html', CONTACT_URL);
    expect(findings[0]?.anchor).toBe(doc.querySelector('lightning-formatted-name[slot="primaryField"]'));
    expect(findings[1]?.anchor).toBe(doc.querySelector('records-hoverable-link a'));
  });
});

describe('Salesforce Lead', () => {
  it('reads the lead with its Company and Website as the company clues', () => {
    const { findings } = scan('salesforce-lead.html', LEAD_URL);
    const company = { name: 'Pekárna Novák s.r.o.', website: 'http://pekarna-novak.cz' };
    expect(clueView(findings)).toEqual([
      {
        kind: 'person',
        role: 'record',
        clues: { name: 'Petra Svobodová', email: 'petra.svobodova@pekarna-novak.cz', company },
      },
      { kind: 'company', role: 'mention', clues: company },
    ]);
  });

  it('anchors the company on the Lead.Company value', () => {
    const { doc, findings } = scan('salesforce-lead.html', LEAD_URL);
    expect(findings[1]?.anchor).toBe(
      doc.querySelector(
        '[data-target-selection-name="sfdc:RecordField.Lead.Company"] lightning-formatted-text',
      ),
    );
  });
});

describe('Salesforce lists', () => {
  it('reads LWC datatable rows of the active view', () => {
    const { findings } = scan('salesforce-accounts-list.html', ACCOUNTS_URL);
    expect(clueView(findings)).toEqual([
      {
        kind: 'company',
        role: 'row',
        clues: { name: 'Strojírny Žďár a.s.', website: 'http://www.strojirny-zdar.cz' },
      },
      { kind: 'company', role: 'row', clues: { name: 'Pekárna Novák s.r.o.' } },
      { kind: 'company', role: 'row', clues: { name: '<img src=x onerror=alert(1)>' } },
      {
        kind: 'company',
        role: 'row',
        clues: { name: 'Elektro Brno spol. s r.o.', website: 'https://elektro-brno.cz/' },
      },
    ]);
    expect(findings.every((finding) => finding.anchor.matches('th a[data-recordid]'))).toBe(true);
  });

  it('reads older Aura uiVirtualDataTable rows as contacts with their accounts', () => {
    const { doc, findings } = scan('salesforce-aura-contacts-list.html', CONTACTS_URL);
    expect(clueView(findings)).toEqual([
      {
        kind: 'person',
        role: 'row',
        clues: {
          name: 'Jan Novák',
          email: 'jan.novak@strojirny-zdar.cz',
          company: { name: 'Strojírny Žďár a.s.' },
        },
      },
      {
        kind: 'person',
        role: 'row',
        clues: {
          name: 'Lucie Černá',
          email: 'lucie.cerna@elektro-brno.cz',
          company: { name: 'Elektro Brno spol. s r.o.' },
        },
      },
      {
        kind: 'person',
        role: 'row',
        clues: { name: 'Martin Procházka', email: 'martin.prochazka@textilie-liberec.cz' },
      },
    ]);
    expect(findings.map((finding) => finding.anchor)).toEqual(
      Array.from(doc.querySelectorAll('th a[data-recordid]')),
    );
  });

  it('classifies rows by record id prefix, skipping other objects', () => {
    const { doc, url } = loadHtml(
      `<table><tbody>
        <tr data-row-key-value="0065g00000Opp01AAA"><th><a data-recordid="0065g00000Opp01AAA" href="/lightning/r/0065g00000Opp01AAA/view">Lisy 2026</a></th></tr>
        <tr data-row-key-value="00Q5g00000DeF56AAD"><th><a data-recordid="00Q5g00000DeF56AAD" href="/lightning/r/00Q5g00000DeF56AAD/view">Petra Svobodová</a></th></tr>
      </tbody></table>`,
      `${ORIGIN}/lightning/o/Opportunity/list`,
    );
    expect(clueView(salesforce.scan(doc, url))).toEqual([
      { kind: 'person', role: 'row', clues: { name: 'Petra Svobodová' } },
    ]);
  });
});

describe('salesforce.matchesUrl', () => {
  it('accepts Lightning hosts only', () => {
    expect(salesforce.matchesUrl(new URL(ACCOUNT_URL))).toBe(true);
    expect(salesforce.matchesUrl(new URL('https://acme.my.salesforce.com/001/o'))).toBe(false);
    expect(salesforce.matchesUrl(new URL('https://lightning.force.com.evil.example/lightning/r/x'))).toBe(
      false,
    );
  });
});
