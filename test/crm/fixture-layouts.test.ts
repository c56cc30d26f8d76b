/**
 * What the readers take from the layouts only the selector records' fixtures show (issue 13): older
 * layouts kept as fallbacks and hooks no other saved page exercises.
 */
import { describe, expect, it } from 'vitest';
import { chooseAdapter } from '../../lib/content/crm/choose-adapter';
import { allAdapters } from '../../lib/content/crm/pick-adapter';
import { savedPage } from './fixture-pages';
import { clueView, loadFixture } from './load-page';

function read(file: string) {
  const saved = savedPage(file);
  const page = loadFixture(saved.file, saved.url);
  const { adapter, url } = chooseAdapter(page.url, allAdapters);
  return clueView(adapter.scan(page.doc, url));
}

describe('older layouts still read', () => {
  it('Salesforce Aura record page: the lead, its e-mail and its company with website', () => {
    const company = { name: 'Optika Dalekohled spol. s r.o.', website: 'http://www.optika-dalekohled.cz' };
    expect(read('salesforce-aura-lead.html')).toEqual([
      {
        kind: 'person',
        role: 'record',
        clues: { name: 'Tomáš Veselý', email: 'tomas.vesely@optika-dalekohled.cz', company },
      },
      { kind: 'company', role: 'mention', clues: company },
    ]);
  });

  it('Pipedrive table list of persons: one row each, with e-mail and organization', () => {
    expect(read('pipedrive-persons-list.html')).toEqual([
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
      { kind: 'person', role: 'row', clues: { name: 'Martin Procházka' } },
    ]);
  });
});

describe('hooks only these pages show', () => {
  it('HubSpot contact list: names from the name column (not first/last name), e-mails from theirs', () => {
    expect(read('hubspot-contact-list.html')).toEqual([
      { kind: 'person', role: 'row', clues: { name: 'Jan Novák', email: 'jan.novak@strojirny-zdar.cz' } },
      { kind: 'person', role: 'row', clues: { name: 'Lucie Černá', email: 'lucie.cerna@elektro-brno.cz' } },
      { kind: 'person', role: 'row', clues: { name: 'Martin Procházka' } },
    ]);
  });

  it('HubSpot editable properties: the domain from a textarea', () => {
    expect(read('hubspot-company-record-inputs.html')).toEqual([
      {
        kind: 'company',
        role: 'record',
        clues: { name: 'Pekárna Novák s.r.o.', website: 'pekarna-novak.cz' },
      },
    ]);
  });

  it('Salesforce formula field as the primary name', () => {
    expect(read('salesforce-formula-name-account.html')).toEqual([
      {
        kind: 'company',
        role: 'record',
        clues: { name: 'Textilie Liberec a.s.', website: 'https://textilie-liberec.cz' },
      },
    ]);
  });

  it('ARIA lists: a row per company, named by its rowheader or first grid cell', () => {
    const rows = read('generic-aria-list.html').filter((finding) => finding.role === 'row');
    expect(rows).toEqual([
      {
        kind: 'company',
        role: 'row',
        clues: {
          name: 'Elektro Brno spol. s r.o.',
          website: 'https://www.elektro-brno.cz',
          email: 'obchod@elektro-brno.cz',
        },
      },
      {
        kind: 'company',
        role: 'row',
        clues: { name: 'Textilie Liberec a.s.', website: 'https://textilie-liberec.cz' },
      },
      {
        kind: 'company',
        role: 'row',
        clues: { name: 'Optika Dalekohled spol. s r.o.', website: 'https://www.optika-dalekohled.cz' },
      },
    ]);
  });

  it('a record named by an h4, with its labelled IČO and website', () => {
    expect(read('generic-record-h4.html')).toEqual([
      {
        kind: 'company',
        role: 'record',
        clues: {
          name: 'Vinařství Mikulov s.r.o.',
          website: 'https://www.vinarstvi-mikulov.cz',
          ico: '06349811',
        },
      },
    ]);
  });
});
