import { describe, expect, it } from 'vitest';
import { generic } from '../../lib/content/crm/generic';
import { clueView, loadFixture, loadHtml } from './load-page';

const PROFILE_URL = 'https://katalog.example.cz/firma/strojirny-zdar';

describe('generic scanner on a company profile', () => {
  it('reads one record from the heading and the labelled IČO, web and e-mail; a listed company is a row', () => {
    const { doc, url } = loadFixture('generic-company-profile.html', PROFILE_URL);
    const findings = generic.scan(doc, url);
    expect(clueView(findings)).toEqual([
      {
        kind: 'company',
        role: 'record',
        clues: {
          name: 'Strojírny Žďár a.s.',
          ico: '270 82 539',
          website: 'https://www.strojirny-zdar.cz/',
          email: 'obchod@strojirny-zdar.cz',
        },
      },
      {
        kind: 'company',
        role: 'row',
        clues: { name: 'Pekárna Novák s.r.o.', website: 'https://pekarna-novak.cz' },
      },
      { kind: 'person', role: 'mention', clues: { name: 'Jan Novák', email: 'jan.novak@strojirny-zdar.cz' } },
    ]);
    expect(findings[0]?.anchor).toBe(doc.querySelector('h1'));
    expect(findings[1]?.anchor).toBe(doc.querySelector('a[href="/firma/pekarna-novak"]'));
    // The contact person is the record's: its badge is dropped if it only names the same company.
    expect(findings[2]?.group).toBe(findings[0]?.group);
  });

  it('skips javascript: links, maps, social links, site chrome, hidden ads and script text', () => {
    const { doc, url } = loadFixture('generic-company-profile.html', PROFILE_URL);
    const text = JSON.stringify(clueView(generic.scan(doc, url)));
    for (const absent of [
      'javascript',
      'google',
      'facebook',
      'linkedin',
      'partner.example',
      'reklama',
      '12345679',
      '47182504',
    ]) {
      expect(text).not.toContain(absent);
    }
  });

  it('keeps hostile text as text', () => {
    const { doc, url } = loadFixture('generic-company-profile.html', PROFILE_URL);
    generic.scan(doc, url);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelector('.review')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('treats links to the same registrable domain as on-site', () => {
    const { doc, url } = loadHtml(
      '<a href="https://www.katalog.example.cz/o-nas">O nás</a><a href="https://shop.katalog.example.cz/">Obchod</a>',
      PROFILE_URL,
    );
    expect(generic.scan(doc, url)).toEqual([]);
  });

  it('gives each of several listed IČOs its row instead of guessing the heading one', () => {
    const { doc, url } = loadHtml(
      `<h1>Dodavatelé</h1>
       <ul><li>Strojírny Žďár a.s., IČO: 27082539</li><li>Pekárna Novák s.r.o., IČO: 45617821</li></ul>`,
      PROFILE_URL,
    );
    expect(clueView(generic.scan(doc, url))).toEqual([
      { kind: 'company', role: 'mention', clues: { name: 'Dodavatelé' } },
      { kind: 'company', role: 'row', clues: { ico: '27082539' } },
      { kind: 'company', role: 'row', clues: { ico: '45617821' } },
    ]);
  });
});

describe('generic scanner on lists and records a new user meets', () => {
  function scan(file: string, url: string) {
    const page = loadFixture(file, url);
    return { ...page, findings: generic.scan(page.doc, page.url) };
  }

  it('gives each row of a plain table one finding, at the name, with the row website and e-mail', () => {
    const { doc, findings } = scan('generic-plain-table.html', 'https://crm.example.cz/firmy');
    expect(clueView(findings)).toEqual([
      { kind: 'company', role: 'mention', clues: { name: 'Firmy' } },
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
        clues: {
          name: 'Pekárna Novák s.r.o.',
          website: 'https://pekarna-novak.cz/',
          email: 'objednavky@pekarna-novak.cz',
        },
      },
      {
        kind: 'company',
        role: 'row',
        clues: { name: 'Vinařství Mikulov s.r.o.', email: 'info@vinarstvi-mikulov.cz' },
      },
      {
        kind: 'company',
        role: 'row',
        clues: { name: '<img src=x onerror=alert(1)>', website: 'https://hostile.example.com' },
      },
    ]);
    const rows = [...doc.querySelectorAll('tbody tr')];
    // The name link, the name cell, the name link, the name cell: never the website or e-mail.
    expect(findings.slice(1).map((finding) => finding.anchor)).toEqual([
      rows[0]?.querySelector('a[href="/firmy/1"]'),
      rows[1]?.children[1],
      rows[2]?.querySelector('a[href="/firmy/3"]'),
      rows[3]?.children[1],
    ]);
    expect(findings.slice(1).map((finding) => finding.group)).toEqual(rows.slice(0, 4));
  });

  it('gives a row naming two companies two findings, the second in the row group', () => {
    const { doc, findings } = scan('generic-orders-table.html', 'https://crm.example.cz/zakazky');
    const [first, second] = doc.querySelectorAll('tbody tr');
    expect(clueView(findings.filter((finding) => finding.group === first))).toEqual([
      {
        kind: 'company',
        role: 'row',
        clues: { name: 'Strojírny Žďár a.s.', website: 'https://www.strojirny-zdar.cz' },
      },
      { kind: 'company', role: 'mention', clues: { website: 'https://pekarna-novak.cz' } },
    ]);
    expect(findings.find((finding) => finding.group === first)?.anchor).toBe(first?.children[0]);
    // An e-mail at another site is not taken for the row's company: its own finding, in the row.
    expect(clueView(findings.filter((finding) => finding.group === second))).toEqual([
      {
        kind: 'company',
        role: 'row',
        clues: { name: 'Vinařství Mikulov s.r.o.', website: 'https://vinarstvi-mikulov.cz' },
      },
      { kind: 'person', role: 'mention', clues: { email: 'obchod@mikulov-vino.cz' } },
    ]);
  });

  it('reads a record page with a heading and an unlabelled website and e-mail as one record', () => {
    const { doc, findings } = scan('generic-record-heading.html', 'https://crm.example.cz/firmy/1');
    expect(clueView(findings)).toEqual([
      {
        kind: 'company',
        role: 'record',
        clues: {
          name: 'Strojírny Žďár a.s.',
          website: 'https://www.strojirny-zdar.cz',
          email: 'info@strojirny-zdar.cz',
        },
      },
    ]);
    expect(findings[0]?.anchor).toBe(doc.querySelector('h1'));
  });

  it('takes an upper-case name from the element the tab title names when there is no heading', () => {
    const { doc, findings } = scan('generic-record-uppercase.html', 'https://crm.example.cz/firmy/7');
    expect(clueView(findings)).toEqual([
      {
        kind: 'company',
        role: 'record',
        clues: { name: 'PEKÁRNA NOVÁK S.R.O.', ico: '45617821', website: 'pekarna-novak.cz' },
      },
    ]);
    expect(findings[0]?.anchor).toBe(doc.querySelector('.record-name'));
  });
});
