import { describe, expect, it } from 'vitest';
import { hubspot } from '../../lib/content/crm/hubspot';
import { clueView, loadFixture, loadHtml, readingAt, savedPagesReadAt } from './load-page';

const COMPANY_URL = 'https://app.hubspot.com/contacts/4455667/record/0-2/10123456789';
const CONTACT_URL = 'https://app.hubspot.com/contacts/4455667/record/0-1/51';
const LIST_URL = 'https://app.hubspot.com/contacts/4455667/objects/0-2/views/all/list';

function scan(file: string, url: string) {
  const page = loadFixture(file, url);
  return { ...page, findings: hubspot.scan(page.doc, page.url) };
}

describe('HubSpot page types', () => {
  it('reads the object type from record and list URLs', () => {
    expect(readingAt(hubspot, 'hubspot-company-record.html', COMPANY_URL)).toEqual([
      'company record',
      'company mention',
    ]);
    expect(readingAt(hubspot, 'hubspot-contact-record.html', `${CONTACT_URL}/view/1`)).toEqual([
      'person record',
      'company mention',
    ]);
    expect(readingAt(hubspot, 'hubspot-company-list.html', LIST_URL)).toEqual(['company row']);
    expect(
      readingAt(hubspot, 'hubspot-company-list.html', 'https://app.hubspot.com/contacts/4455667/companies'),
    ).toEqual(['company row']);
    expect(
      readingAt(
        hubspot,
        'hubspot-contact-list.html',
        'https://app.hubspot.com/contacts/4455667/contacts/list/view/all/',
      ),
    ).toEqual(['person row']);
  });

  it('ignores deals, settings and other apps', () => {
    for (const url of [
      'https://app.hubspot.com/contacts/4455667/record/0-3/3301',
      'https://app.hubspot.com/settings/4455667/users',
      'https://app.hubspot.com/contacts/4455667/company/12',
    ]) {
      expect(savedPagesReadAt(hubspot, url), url).toEqual([]);
    }
  });
});

describe('HubSpot company record', () => {
  it('reads the header name and the properties-card domain, then the associated company', () => {
    const { findings } = scan('hubspot-company-record.html', COMPANY_URL);
    expect(clueView(findings)).toEqual([
      {
        kind: 'company',
        role: 'record',
        clues: { name: 'Strojírny Žďár a.s.', website: 'strojirny-zdar.cz' },
      },
      {
        kind: 'company',
        role: 'mention',
        clues: { name: 'Elektro Brno spol. s r.o.', website: 'elektro-brno.cz' },
      },
    ]);
  });

  it('anchors on the visible highlightTitle and the association card name', () => {
    const { doc, findings } = scan('hubspot-company-record.html', COMPANY_URL);
    const titles = doc.querySelectorAll('[data-selenium-test="highlightTitle"]');
    expect(titles).toHaveLength(2);
    expect(findings[0]?.anchor).toBe(titles[1]);
    expect(findings[1]?.anchor.textContent).toBe('Elektro Brno spol. s r.o.');
    expect(findings[1]?.anchor.closest('[data-card-type]')?.getAttribute('data-card-type')).toBe(
      'ASSOCIATION_V3',
    );
  });

  it('ignores the aria-hidden previous record and the hidden tab', () => {
    const { findings } = scan('hubspot-company-record.html', COMPANY_URL);
    const text = JSON.stringify(clueView(findings));
    expect(text).not.toContain('Pekárna');
    expect(text).not.toContain('pekarna-novak.cz');
    expect(text).not.toContain('Vinařství');
  });

  it('falls back to the name property when the title is empty', () => {
    const { doc, url } = loadFixture('hubspot-company-record.html', COMPANY_URL);
    const title = doc.querySelectorAll('[data-selenium-test="highlightTitle"]')[1];
    if (title) title.textContent = ' ';
    expect(hubspot.scan(doc, url)[0]?.clues).toEqual({
      name: 'Strojírny Žďár a.s.',
      website: 'strojirny-zdar.cz',
    });
  });
});

describe('HubSpot contact record', () => {
  it('reads the person from the older header, the properties card and the primary association', () => {
    const { findings } = scan('hubspot-contact-record.html', CONTACT_URL);
    expect(clueView(findings)).toEqual([
      {
        kind: 'person',
        role: 'record',
        clues: {
          name: 'Jan Novák',
          email: 'jan.novak@strojirny-zdar.cz',
          company: { name: 'Strojírny Žďár a.s.', website: 'http://strojirny-zdar.cz' },
        },
      },
      {
        kind: 'company',
        role: 'mention',
        clues: { name: 'Strojírny Žďár a.s.', website: 'http://strojirny-zdar.cz' },
      },
      {
        kind: 'company',
        role: 'mention',
        clues: { name: 'Textilie Liberec a.s.', website: 'textilie-liberec.cz' },
      },
    ]);
  });

  it('anchors on the title inside ProfileHighlightContainer (old-UI alternative)', () => {
    const { doc, findings } = scan('hubspot-contact-record.html', CONTACT_URL);
    expect(findings[0]?.anchor).toBe(
      doc.querySelector(
        '[data-selenium-component="ProfileHighlightContainer"] [data-selenium-test="highlightTitle"]',
      ),
    );
  });

  it('does not take the hidden card e-mail', () => {
    const { findings } = scan('hubspot-contact-record.html', CONTACT_URL);
    expect(JSON.stringify(clueView(findings))).not.toContain('lucie.cerna');
  });

  it('builds the name from firstname/lastname and the e-mail from the highlight when needed', () => {
    const { doc, url } = loadHtml(
      `<div data-card-type="OBJECT_HIGHLIGHT"><h2 data-selenium-test="highlightTitle"></h2>
        <div data-test-id="highlight-property-display-email"><a href="mailto:lucie.cerna@elektro-brno.cz">e-mail</a></div></div>
       <div data-card-type="PROPERTIES_V3"><input data-selenium-test="property-input-firstname" value="Lucie">
        <input data-selenium-test="property-input-lastname" value="Černá"></div>`,
      CONTACT_URL,
    );
    expect(clueView(hubspot.scan(doc, url))).toEqual([
      {
        kind: 'person',
        role: 'record',
        clues: { name: 'Lucie Černá', email: 'lucie.cerna@elektro-brno.cz' },
      },
    ]);
  });
});

describe('HubSpot company list', () => {
  it('reads one row per visible table row, with the domain column', () => {
    const { findings } = scan('hubspot-company-list.html', LIST_URL);
    expect(clueView(findings)).toEqual([
      {
        kind: 'company',
        role: 'row',
        clues: { name: 'Strojírny Žďár a.s.', website: 'http://strojirny-zdar.cz' },
      },
      { kind: 'company', role: 'row', clues: { name: 'Pekárna Novák s.r.o.', website: 'pekarna-novak.cz' } },
      { kind: 'company', role: 'row', clues: { name: 'Vinařství Mikulov s.r.o.' } },
      { kind: 'company', role: 'row', clues: { name: '<img src=x onerror=alert(1)> s.r.o.' } },
      {
        kind: 'company',
        role: 'row',
        clues: { name: 'Elektro Brno spol. s r.o.', website: 'www.elektro-brno.cz' },
      },
    ]);
  });

  it('anchors on the label, or on the record link when the label hook is missing', () => {
    const { findings } = scan('hubspot-company-list.html', LIST_URL);
    expect(
      findings.map((finding) => finding.anchor.getAttribute('data-test-id') ?? finding.anchor.localName),
    ).toEqual([
      'truncated-object-label',
      'truncated-object-label',
      'a',
      'truncated-object-label',
      'truncated-object-label',
    ]);
  });

  it('keeps hostile names as text and drops javascript: domains', () => {
    const { doc, findings } = scan('hubspot-company-list.html', LIST_URL);
    expect(doc.querySelectorAll('img[src="x"]')).toHaveLength(0);
    expect(JSON.stringify(clueView(findings))).not.toContain('javascript');
  });

  it('reads contact lists by name and e-mail column, preferring the name- column over firstname-', () => {
    const { doc, url } = loadHtml(
      `<table><tbody><tr>
        <td data-table-external-id="firstname-51">Jan</td>
        <td data-table-external-id="name-51"><span data-test-id="truncated-object-label">Jan Novák</span></td>
        <td data-table-external-id="email-51">jan.novak@strojirny-zdar.cz</td>
      </tr></tbody></table>`,
      'https://app.hubspot.com/contacts/4455667/objects/0-1/views/all/list',
    );
    expect(clueView(hubspot.scan(doc, url))).toEqual([
      { kind: 'person', role: 'row', clues: { name: 'Jan Novák', email: 'jan.novak@strojirny-zdar.cz' } },
    ]);
  });
});

describe('hubspot.matchesUrl', () => {
  it('accepts the app hosts only', () => {
    expect(hubspot.matchesUrl(new URL(COMPANY_URL))).toBe(true);
    expect(hubspot.matchesUrl(new URL('https://app-eu1.hubspot.com/contacts/1/record/0-2/2'))).toBe(true);
    expect(hubspot.matchesUrl(new URL('https://www.hubspot.com/pricing'))).toBe(false);
    expect(hubspot.matchesUrl(new URL('https://app.hubspot.com.evil.example/contacts/1'))).toBe(false);
  });
});
