import { describe, expect, it } from 'vitest';
import { createMatchIndex } from '../../lib/shared/matching/match-index';
import type { CompanyClues } from '../../lib/shared/matching/types';
import { fixtureIndex, matchCompany } from './fixtures';

const index = fixtureIndex();

describe('company keys on their own', () => {
  it.each<[string, CompanyClues, unknown]>([
    ['IČO', { ico: '45274649' }, { state: 'matched', companyId: 1, via: 'ico' }],
    ['IČO with spaces', { ico: '452 74 649' }, { state: 'matched', companyId: 1, via: 'ico' }],
    ['IČO with its label', { ico: 'IČO: 452 74 649' }, { state: 'matched', companyId: 1, via: 'ico' }],
    [
      'website',
      { website: 'https://www.pekarna-novak.cz/' },
      { state: 'matched', companyId: 1, via: 'domain' },
    ],
    [
      'website, subdomain',
      { website: 'eshop.pekarna-novak.cz/kosik' },
      { state: 'matched', companyId: 1, via: 'domain' },
    ],
    [
      'website, upper case',
      { website: 'WWW.PEKARNA-NOVAK.CZ' },
      { state: 'matched', companyId: 1, via: 'domain' },
    ],
    [
      'website = a company e-mail domain',
      { website: 'holding-group.cz' },
      { state: 'matched', companyId: 5, via: 'domain' },
    ],
    ['e-mail', { email: 'jan@holding-group.cz' }, { state: 'matched', companyId: 5, via: 'email-domain' }],
    [
      'e-mail on a subdomain',
      { email: 'jan@praha.holding-group.cz' },
      { state: 'matched', companyId: 5, via: 'email-domain' },
    ],
    [
      'e-mail = a website domain',
      { email: 'Jan.Novak@Pekarna-Novak.cz' },
      { state: 'matched', companyId: 1, via: 'email-domain' },
    ],
    [
      'e-mail in a website field',
      { website: 'info@pekarna-novak.cz' },
      { state: 'matched', companyId: 1, via: 'domain' },
    ],
    [
      'Slovak e-mail domain ≠ website',
      { email: 'objednavky@lubovna.sk' },
      { state: 'matched', companyId: 14, via: 'email-domain' },
    ],
    ['name', { name: 'Stavby Dvořák Brno, spol. s r. o.' }, { state: 'matched', companyId: 4, via: 'name' }],
    [
      'name, other legal form',
      { name: 'MLIEKAREŇ ĽUBOVŇA a.s.' },
      { state: 'matched', companyId: 14, via: 'name' },
    ],
    ['IDN website', { website: 'žlutý-kůň.cz' }, { state: 'matched', companyId: 11, via: 'domain' }],
    [
      'IDN website, upper case',
      { website: 'http://ŽLUTÝ-KŮŇ.CZ/' },
      { state: 'matched', companyId: 11, via: 'domain' },
    ],
    [
      'multi-label suffix',
      { website: 'shop.british-bakery.co.uk' },
      { state: 'matched', companyId: 12, via: 'domain' },
    ],
    [
      'hosting subdomain',
      { website: 'https://pekarna.github.io/menu' },
      { state: 'matched', companyId: 13, via: 'domain' },
    ],
  ])('%s', (_label, clues, expected) => {
    expect(matchCompany(index, clues)).toEqual(expected);
  });

  it('finds the IDN company by the punycode of its host', () => {
    const punycode = new URL('https://žlutý-kůň.cz').hostname;
    expect(matchCompany(index, { website: punycode })).toEqual({
      state: 'matched',
      companyId: 11,
      via: 'domain',
    });
  });

  it.each<[string, CompanyClues]>([
    ['nothing', {}],
    ['unknown IČO', { ico: '47114983' }],
    ['IČO failing the checksum', { ico: '45274648' }],
    ['unknown website', { website: 'www.neznama-firma.cz' }],
    ['another customer of the same hosting', { website: 'https://jina-firma.github.io' }],
    ['another company under the same multi-label suffix', { website: 'other.co.uk' }],
    ['the public suffix itself', { website: 'co.uk' }],
    ['free-mail address of a company contact', { email: 'kavarna.u.novaku@seznam.cz' }],
    ['free-mail address never selects the free-mail provider', { email: 'jan.novak@seznam.cz' }],
    ['a shared platform', { website: 'https://www.facebook.com/firma10' }],
    ['another page on a shared platform', { website: 'https://facebook.com/jina-firma' }],
    ['unknown name', { name: 'Pekárna Dvořák s.r.o.' }],
    ['a legal form only', { name: 's.r.o.' }],
    ['punctuation only', { name: '—' }],
  ])('none: %s', (_label, clues) => {
    expect(matchCompany(index, clues)).toEqual({ state: 'none' });
  });

  it('matches a company whose only website is on a shared platform by name', () => {
    expect(
      matchCompany(index, {
        name: 'Firma s webem na Facebooku',
        website: 'https://www.facebook.com/firma10',
      }),
    ).toEqual({ state: 'matched', companyId: 10, via: 'name' });
  });

  it('matches a company with a free-mail e-mail by name, not by the provider', () => {
    expect(matchCompany(index, { name: 'Kavárna u Nováků', email: 'kavarna.u.novaku@seznam.cz' })).toEqual({
      state: 'matched',
      companyId: 9,
      via: 'name',
    });
  });
});

describe('precedence: IČO > website domain > e-mail domain > name', () => {
  it('IČO beats a website that points elsewhere (conflict → IČO)', () => {
    expect(
      matchCompany(index, { ico: '45274649', website: 'stavby-dvorak.cz', name: 'Stavby Dvořák' }),
    ).toEqual({
      state: 'matched',
      companyId: 1,
      via: 'ico',
    });
  });

  it('website beats an e-mail and a name that point elsewhere', () => {
    expect(
      matchCompany(index, {
        website: 'pekarna-novak.sk',
        email: 'jan@holding-group.cz',
        name: 'Stavby Dvořák Brno',
      }),
    ).toEqual({ state: 'matched', companyId: 2, via: 'domain' });
  });

  it('e-mail domain beats a name', () => {
    expect(matchCompany(index, { email: 'jan@holding-group.cz', name: 'Stavby Dvořák Brno' })).toEqual({
      state: 'matched',
      companyId: 5,
      via: 'email-domain',
    });
  });

  it('falls through to a weaker key when a stronger clue finds nothing', () => {
    expect(matchCompany(index, { ico: '45274648', website: 'www.pekarna-novak.cz' })).toEqual({
      state: 'matched',
      companyId: 1,
      via: 'domain',
    });
    expect(
      matchCompany(index, { website: 'neznama.cz', email: 'x@neznama.cz', name: 'Holding Group' }),
    ).toEqual({
      state: 'matched',
      companyId: 5,
      via: 'name',
    });
  });

  it('a free-mail e-mail is skipped and the name decides', () => {
    expect(matchCompany(index, { email: 'x@gmail.com', name: 'Holding Group s.r.o.' })).toEqual({
      state: 'matched',
      companyId: 5,
      via: 'name',
    });
  });
});

describe('IČO veto: a company with a different known IČO is another legal entity', () => {
  it('drops it from a domain match even when the page IČO is not indexed', () => {
    // stavby-dvorak.cz: company 3 (IČO 27082440) and 4 (no IČO); the page shows IČO 47114983.
    expect(matchCompany(index, { ico: '47114983', website: 'stavby-dvorak.cz' })).toEqual({
      state: 'matched',
      companyId: 4,
      via: 'domain',
    });
  });

  it('leaves nothing when every candidate has another IČO', () => {
    expect(matchCompany(index, { ico: '47114983', website: 'www.pekarna-novak.cz' })).toEqual({
      state: 'none',
    });
    expect(matchCompany(index, { ico: '47114983', name: 'Seznam.cz a.s.' })).toEqual({ state: 'none' });
  });

  it('drops namesakes with another IČO, keeping those with none or the page’s', () => {
    const namesakes = createMatchIndex();
    namesakes.addCompany({ id: 1, name: 'Stavby Novák s.r.o.', ico: '27082440' });
    namesakes.addCompany({ id: 2, name: 'Stavby Novák, s.r.o.' });
    namesakes.addCompany({ id: 3, name: 'STAVBY NOVÁK spol. s r.o.', ico: '45274649' });
    // The page's IČO is 47114983, indexed for no one: 1 and 3 are other legal entities.
    expect(matchCompany(namesakes, { ico: '47114983', name: 'Stavby Novák' })).toEqual({
      state: 'matched',
      companyId: 2,
      via: 'name',
    });
    namesakes.addCompany({ id: 4, name: 'Stavby Novák a.s.', ico: '47114983' });
    expect(matchCompany(namesakes, { ico: '47114983', name: 'Stavby Novák' })).toEqual({
      state: 'matched',
      companyId: 4,
      via: 'ico',
    });
    expect(matchCompany(namesakes, { name: 'Stavby Novák' })).toEqual({
      state: 'ambiguous',
      companyIds: [1, 2, 3, 4],
      via: 'name',
    });
  });

  it('does not apply without a valid page IČO', () => {
    expect(matchCompany(index, { ico: '12345678', website: 'www.pekarna-novak.cz' })).toEqual({
      state: 'matched',
      companyId: 1,
      via: 'domain',
    });
  });
});

describe('ambiguity: several companies fit, never guessed', () => {
  it('one IČO, two records', () => {
    expect(matchCompany(index, { ico: '26168685' })).toEqual({
      state: 'ambiguous',
      companyIds: [7, 8],
      via: 'ico',
    });
  });

  it('one website, two companies', () => {
    expect(matchCompany(index, { website: 'stavby-dvorak.cz' })).toEqual({
      state: 'ambiguous',
      companyIds: [3, 4],
      via: 'domain',
    });
  });

  it('one name, two companies', () => {
    expect(matchCompany(index, { name: 'Pekárna Novák' })).toEqual({
      state: 'ambiguous',
      companyIds: [1, 2],
      via: 'name',
    });
  });

  it('a weaker clue narrows a stronger ambiguous set; `via` stays the stronger key', () => {
    expect(matchCompany(index, { ico: '26168685', website: 'seznam.cz' })).toEqual({
      state: 'matched',
      companyId: 7,
      via: 'ico',
    });
    expect(matchCompany(index, { website: 'stavby-dvorak.cz', name: 'Stavby Dvořák Brno s.r.o.' })).toEqual({
      state: 'matched',
      companyId: 4,
      via: 'domain',
    });
    expect(matchCompany(index, { website: 'www.stavby-dvorak.cz', name: 'STAVBY DVORAK' })).toEqual({
      state: 'matched',
      companyId: 3,
      via: 'domain',
    });
    expect(matchCompany(index, { ico: '26168685', email: 'x@datacentra-seznam.cz' })).toEqual({
      state: 'matched',
      companyId: 8,
      via: 'ico',
    });
  });

  it('a stronger key settles a name that is ambiguous on its own', () => {
    expect(matchCompany(index, { name: 'Pekárna Novák', email: 'eva@pekarna-novak.sk' })).toEqual({
      state: 'matched',
      companyId: 2,
      via: 'email-domain',
    });
  });

  it('a weaker clue that fits none of the candidates is ignored, never empties the set', () => {
    expect(matchCompany(index, { ico: '26168685', website: 'neznama.cz', name: 'Pekárna Novák' })).toEqual({
      state: 'ambiguous',
      companyIds: [7, 8],
      via: 'ico',
    });
  });
});
