import { describe, expect, it } from 'vitest';
import { pipedrive } from '../../lib/content/crm/pipedrive';
import { clueView, loadFixture, loadHtml, readingAt, savedPagesReadAt } from './load-page';

const ORG_URL = 'https://acme.pipedrive.com/organization/42';
const PERSON_URL = 'https://acme.pipedrive.com/person/1001';
const LIST_URL = 'https://acme.pipedrive.com/organizations/list/filter/7';

function scan(file: string, url: string) {
  const page = loadFixture(file, url);
  return { ...page, findings: pipedrive.scan(page.doc, page.url) };
}

describe('Pipedrive page types', () => {
  it('tells records and lists apart', () => {
    expect(readingAt(pipedrive, 'pipedrive-organization.html', ORG_URL)).toEqual(['company record']);
    expect(readingAt(pipedrive, 'pipedrive-person.html', `${PERSON_URL}/activities`)).toEqual([
      'person record',
      'company mention',
    ]);
    expect(readingAt(pipedrive, 'pipedrive-organizations-list.html', LIST_URL)).toEqual(['company row']);
    expect(
      readingAt(
        pipedrive,
        'pipedrive-persons-list.html',
        'https://acme.pipedrive.com/persons/list/user/everyone',
      ),
    ).toEqual(['person row']);
    for (const url of ['https://acme.pipedrive.com/deal/77', 'https://acme.pipedrive.com/organizations']) {
      expect(savedPagesReadAt(pipedrive, url), url).toEqual([]);
    }
  });
});

describe('Pipedrive organization', () => {
  it('reads the textarea title and the Web/IČO field rows, not the people block', () => {
    const { findings } = scan('pipedrive-organization.html', ORG_URL);
    expect(clueView(findings)).toEqual([
      {
        kind: 'company',
        role: 'record',
        clues: { name: 'Strojírny Žďár a.s.', website: 'https://www.strojirny-zdar.cz', ico: '270 82 539' },
      },
    ]);
  });

  it('anchors on the header title', () => {
    const { doc, findings } = scan('pipedrive-organization.html', ORG_URL);
    expect(findings[0]?.anchor).toBe(doc.querySelector('[data-testid="header-title"]'));
  });
});

describe('Pipedrive person', () => {
  it('reads the person from the older header and the company from the organization block', () => {
    const { findings } = scan('pipedrive-person.html', PERSON_URL);
    const company = { name: 'Strojírny Žďár a.s.', website: 'strojirny-zdar.cz', ico: '27082539' };
    expect(clueView(findings)).toEqual([
      {
        kind: 'person',
        role: 'record',
        clues: { name: 'Jan Novák', email: 'jan.novak@strojirny-zdar.cz', company },
      },
      { kind: 'company', role: 'mention', clues: company },
    ]);
  });

  it('anchors on .descriptionHead .title (old-UI alternative) and on the organization link', () => {
    const { doc, findings } = scan('pipedrive-person.html', PERSON_URL);
    expect(findings[0]?.anchor).toBe(doc.querySelector('.descriptionHead .title'));
    expect(findings[1]?.anchor).toBe(
      doc.querySelector('[data-testid="organization-block"] a[href="/organization/42"]'),
    );
  });

  it('falls back to document.title for an empty title input', () => {
    const { doc, url } = loadHtml(
      `<html><head><title>Lucie Černá - Pipedrive</title></head><body>
        <div data-testid="header-title"><input value=""></div>
        <div data-testid="fields-list-row"><div data-testid="field-name">E-mail</div>
          <div data-testid="fields-list-row-field-components">lucie.cerna@elektro-brno.cz (Práce)</div></div>
      </body></html>`,
      PERSON_URL,
    );
    expect(clueView(pipedrive.scan(doc, url))).toEqual([
      {
        kind: 'person',
        role: 'record',
        clues: { name: 'Lucie Černá', email: 'lucie.cerna@elektro-brno.cz' },
      },
    ]);
  });
});

describe('Pipedrive organizations list', () => {
  it('reads one row per grid row with an organization link', () => {
    const { findings } = scan('pipedrive-organizations-list.html', LIST_URL);
    expect(clueView(findings)).toEqual([
      {
        kind: 'company',
        role: 'row',
        clues: { name: 'Strojírny Žďár a.s.', website: 'https://www.strojirny-zdar.cz' },
      },
      { kind: 'company', role: 'row', clues: { name: 'Pekárna Novák s.r.o.' } },
      { kind: 'company', role: 'row', clues: { name: '<img src=x onerror=alert(1)>' } },
      {
        kind: 'company',
        role: 'row',
        clues: { name: 'Vinařství Mikulov s.r.o.', website: 'http://vinarstvi-mikulov.cz' },
      },
    ]);
  });

  it('anchors on the record links, not on the menu link outside the grid', () => {
    const { findings } = scan('pipedrive-organizations-list.html', LIST_URL);
    expect(findings.map((finding) => finding.anchor.getAttribute('href'))).toEqual([
      '/organization/42',
      '/organization/43',
      '/organization/44',
      'https://acme.pipedrive.com/organization/46',
    ]);
  });

  it('reads person lists with the row organization and e-mail, table rows included', () => {
    const { doc, url } = loadHtml(
      `<table><tbody>
        <tr><td><a href="/person/1001">Jan Novák</a></td><td><a href="/organization/42">Strojírny Žďár a.s.</a></td>
          <td><a href="mailto:jan.novak@strojirny-zdar.cz">jan.novak@strojirny-zdar.cz</a></td></tr>
        <tr><td><a href="/person/1002">Lucie Černá</a></td><td></td><td></td></tr>
      </tbody></table>`,
      'https://acme.pipedrive.com/persons/list/filter/3',
    );
    expect(clueView(pipedrive.scan(doc, url))).toEqual([
      {
        kind: 'person',
        role: 'row',
        clues: {
          name: 'Jan Novák',
          email: 'jan.novak@strojirny-zdar.cz',
          company: { name: 'Strojírny Žďár a.s.' },
        },
      },
      { kind: 'person', role: 'row', clues: { name: 'Lucie Černá' } },
    ]);
  });
});

describe('pipedrive.matchesUrl', () => {
  it('accepts company subdomains of pipedrive.com', () => {
    expect(pipedrive.matchesUrl(new URL(ORG_URL))).toBe(true);
    expect(pipedrive.matchesUrl(new URL('https://pipedrive.com/en/pricing'))).toBe(false);
    expect(pipedrive.matchesUrl(new URL('https://acme.pipedrive.com.evil.example/organization/1'))).toBe(
      false,
    );
  });
});
