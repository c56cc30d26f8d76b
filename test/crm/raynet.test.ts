import { describe, expect, it } from 'vitest';
import { raynet } from '../../lib/content/crm/raynet';
import { raynetPage } from '../../lib/content/crm/raynet-urls';
import { clueView, loadFixture, loadHtml } from './load-page';

const COMPANY_URL = 'https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=7';
const PERSON_URL = 'https://app.raynet.cz/acme/?view=DetailView&en=Person&ei=12';
const LIST_URL = 'https://app.raynet.cz/acme/?view=ListView&en=Company';

function scan(file: string, url: string) {
  const page = loadFixture(file, url);
  return { ...page, findings: raynet.scan(page.doc, page.url) };
}

describe('raynetPage', () => {
  it('takes view, entity and id from the query', () => {
    expect(raynetPage(new URL(COMPANY_URL))).toEqual({
      view: 'DetailView',
      entity: 'Company',
      kind: 'company',
      id: '7',
    });
    expect(raynetPage(new URL('https://app.raynet.sk/x/?view=DetailView&en=Lead&ei=3'))).toEqual({
      view: 'DetailView',
      entity: 'Lead',
      kind: 'person',
      id: '3',
    });
    expect(
      raynetPage(new URL('https://app.raynet.cz/acme/?view=ListView&en=BusinessCase')).kind,
    ).toBeUndefined();
  });
});

describe('Raynet company detail', () => {
  it('folds the first website, e-mail and IČO into the record and keeps the persons as mentions', () => {
    const { findings } = scan('raynet-company-detail.html', COMPANY_URL);
    expect(clueView(findings)).toEqual([
      {
        kind: 'company',
        role: 'record',
        clues: {
          name: 'Strojírny Žďár a.s.',
          website: 'https://www.strojirny-zdar.cz',
          email: 'info@strojirny-zdar.cz',
          ico: '27082539',
        },
      },
      { kind: 'person', role: 'mention', clues: { name: 'Jan Novák' } },
      { kind: 'person', role: 'mention', clues: { email: 'jan.novak@strojirny-zdar.cz' } },
    ]);
  });

  it('anchors the record on the heading; ignores the hidden panel, footer IČO, maps and Raynet links', () => {
    const { doc, findings } = scan('raynet-company-detail.html', COMPANY_URL);
    expect(findings[0]?.anchor).toBe(doc.querySelector('h1'));
    const text = JSON.stringify(clueView(findings));
    for (const absent of ['Vinařství', '06349811', '12345679', 'mapy.cz', 'raynet.cz', 'facebook']) {
      expect(text).not.toContain(absent);
    }
  });
});

describe('Raynet person detail', () => {
  it('reads the ARIA heading (alternative), the e-mail and the company record link', () => {
    const { doc, findings } = scan('raynet-person-detail.html', PERSON_URL);
    expect(clueView(findings)).toEqual([
      {
        kind: 'person',
        role: 'record',
        clues: {
          name: 'Ing. Jan Novák',
          email: 'Jan.Novak@strojirny-zdar.cz',
          company: { name: 'Strojírny Žďár a.s.' },
        },
      },
      { kind: 'company', role: 'mention', clues: { name: 'Strojírny Žďár a.s.' } },
    ]);
    expect(findings[0]?.anchor).toBe(doc.querySelector('[role="heading"][aria-level="1"]'));
    expect(findings[1]?.anchor.getAttribute('href')).toBe('?view=DetailView&en=Company&ei=7');
  });

  it('gives a lead its company website and IČO', () => {
    const { doc, url } = loadHtml(
      `<h1>Petra Svobodová</h1><p>Firma: Pekárna Novák s.r.o., IČ: 45617821</p>
       <a href="https://pekarna-novak.cz">pekarna-novak.cz</a> <a href="mailto:petra.svobodova@pekarna-novak.cz">e-mail</a>`,
      'https://app.raynet.cz/acme/?view=DetailView&en=Lead&ei=5',
    );
    expect(clueView(raynet.scan(doc, url))).toEqual([
      {
        kind: 'person',
        role: 'record',
        clues: {
          name: 'Petra Svobodová',
          email: 'petra.svobodova@pekarna-novak.cz',
          company: { website: 'https://pekarna-novak.cz', ico: '45617821' },
        },
      },
    ]);
  });
});

describe('Raynet company list', () => {
  it('makes a row of each company record link, with the row website and e-mail', () => {
    const { findings } = scan('raynet-company-list.html', LIST_URL);
    expect(clueView(findings)).toEqual([
      {
        kind: 'company',
        role: 'row',
        clues: {
          name: 'Strojírny Žďár a.s.',
          website: 'https://www.strojirny-zdar.cz',
          email: 'info@strojirny-zdar.cz',
        },
      },
      {
        kind: 'company',
        role: 'row',
        clues: { name: 'Pekárna Novák s.r.o.', email: 'objednavky@pekarna-novak.cz' },
      },
      { kind: 'company', role: 'row', clues: { name: '<img src=x onerror=alert(1)>' } },
      {
        kind: 'company',
        role: 'row',
        clues: { name: 'Vinařství Mikulov s.r.o.', website: 'http://vinarstvi-mikulov.cz' },
      },
    ]);
    expect(findings.every((finding) => finding.anchor.localName === 'a')).toBe(true);
  });

  it('reads person lists with the row company', () => {
    const { doc, url } = loadHtml(
      `<table><tr><td><a href="?view=DetailView&amp;en=Person&amp;ei=12">Jan Novák</a></td>
        <td><a href="?view=DetailView&amp;en=Company&amp;ei=7">Strojírny Žďár a.s.</a></td>
        <td><a href="mailto:jan.novak@strojirny-zdar.cz">jan.novak@strojirny-zdar.cz</a></td></tr></table>`,
      'https://app.raynet.cz/acme/?view=ListView&en=Person',
    );
    expect(clueView(raynet.scan(doc, url))).toEqual([
      {
        kind: 'person',
        role: 'row',
        clues: {
          name: 'Jan Novák',
          email: 'jan.novak@strojirny-zdar.cz',
          company: { name: 'Strojírny Žďár a.s.' },
        },
      },
    ]);
  });
});

describe('raynet.matchesUrl', () => {
  it('accepts the Raynet app hosts', () => {
    for (const host of ['app.raynet.cz', 'app.raynet.sk', 'eu.raynetcrm.com']) {
      expect(raynet.matchesUrl(new URL(`https://${host}/acme/?view=ListView&en=Company`))).toBe(true);
    }
    expect(raynet.matchesUrl(new URL('https://raynet.cz/cenik/'))).toBe(false);
  });
});

describe('Raynet company detail without a heading', () => {
  const URL_8 = 'https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=8';

  it('names the record from the styled span and takes the "IČ:" | number row: one finding, at the name', () => {
    const { doc, findings } = scan('raynet-company-detail-no-heading.html', URL_8);
    expect(clueView(findings)).toEqual([
      {
        kind: 'company',
        role: 'record',
        clues: {
          name: 'Strojírny Žďár a.s.',
          website: 'https://www.strojirny-zdar.cz',
          email: 'info@strojirny-zdar.cz',
          ico: '27082539',
        },
      },
      { kind: 'person', role: 'mention', clues: { name: 'Jan Novák' } },
      { kind: 'person', role: 'mention', clues: { email: 'jan.novak@strojirny-zdar.cz' } },
    ]);
    expect(findings[0]?.anchor).toBe(doc.querySelector('.rn-detail__company'));
  });

  it('still finds the record from its IČO when the name is shown in upper case', () => {
    const { doc, url } = loadHtml(
      `<title>STROJÍRNY ŽĎÁR A.S. | RAYNET CRM</title>
       <div class="x-panel-header"><span class="x-panel-header-text">STROJÍRNY ŽĎÁR A.S.</span></div>
       <table><tr><th>IČ:</th><td>27082539</td></tr></table>`,
      URL_8,
    );
    const findings = raynet.scan(doc, url);
    expect(clueView(findings)).toEqual([
      { kind: 'company', role: 'record', clues: { name: 'STROJÍRNY ŽĎÁR A.S.', ico: '27082539' } },
    ]);
    expect(findings[0]?.anchor).toBe(doc.querySelector('.x-panel-header-text'));
  });

  it('anchors the record at its IČO when nothing on the page looks like its name', () => {
    const { doc, url } = loadHtml('<table><tr><td>IČ:</td><td>27082539</td></tr></table>', URL_8);
    const findings = raynet.scan(doc, url);
    expect(clueView(findings)).toEqual([{ kind: 'company', role: 'record', clues: { ico: '27082539' } }]);
    expect(findings[0]?.anchor).toBe(doc.querySelectorAll('td')[1]);
  });
});
