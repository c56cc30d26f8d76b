import { describe, expect, it } from 'vitest';
import { companyKeys } from '../../lib/shared/matching/company-keys';
import { createMatchIndex } from '../../lib/shared/matching/match-index';
import { COMPANIES, fixtureIndex, matchCompany, matchPerson } from './fixtures';

/** A valid IČO for a small number (the check digit computed as the registry does). */
function icoFor(n: number): string {
  const seven = String(1_000_000 + n).padStart(7, '0');
  let sum = 0;
  for (let i = 0; i < 7; i += 1) sum += Number(seven[i]) * (8 - i);
  return `${seven}${(11 - (sum % 11)) % 10}`;
}

describe('createMatchIndex', () => {
  it('keeps each company as its keys only', () => {
    const index = fixtureIndex();
    expect(index.size).toBe(COMPANIES.length);
    expect(index.company(1)).toEqual({ ico: 45274649, domains: ['pekarna-novak.cz'], name: 'pekarna novak' });
    expect(index.company(9)).toEqual({ ico: 0, domains: [], name: 'kavarna u novaku' });
    expect(index.company(15)).toEqual({ ico: 0, domains: [], name: undefined });
    expect(index.company(999)).toBeUndefined();
  });

  it('looks up each key kind exactly', () => {
    const index = fixtureIndex();
    expect(index.companiesByIco(26168685)).toEqual(expect.arrayContaining([7, 8]));
    expect(index.companiesByDomain('lubovna.sk')).toEqual([14]);
    expect(index.companiesByDomain('mliekaren-lubovna.sk')).toEqual([14]);
    expect(index.companiesByName('pekarna novak')).toEqual(expect.arrayContaining([1, 2]));
    expect(index.companiesByName('pekarna')).toEqual([]);
    expect(index.personsByEmail('jan.novak@pekarna-novak.cz')).toEqual([101]);
    expect(index.personsOfCompany(3)).toEqual(expect.arrayContaining([103, 104]));
  });

  it('indexes the keys the cache stores exactly as it derives them itself', () => {
    const derived = fixtureIndex();
    const stored = createMatchIndex();
    for (const company of COMPANIES) stored.addCompanyKeys(company.id, companyKeys(company));
    for (const company of COMPANIES) expect(stored.company(company.id)).toEqual(derived.company(company.id));
  });

  it('removes a company and all of its keys', () => {
    const index = fixtureIndex();
    expect(index.removeCompany(1)).toBe(true);
    expect(index.removeCompany(1)).toBe(false);
    expect(index.size).toBe(COMPANIES.length - 1);
    expect(matchCompany(index, { ico: '45274649' })).toEqual({ state: 'none' });
    expect(matchCompany(index, { website: 'pekarna-novak.cz' })).toEqual({ state: 'none' });
    // The name was shared with company 2, which is now the only one.
    expect(matchCompany(index, { name: 'Pekárna Novák' })).toEqual({
      state: 'matched',
      companyId: 2,
      via: 'name',
    });
  });

  it('a shared domain becomes unique when the other company goes', () => {
    const index = fixtureIndex();
    index.removeCompany(3);
    expect(matchCompany(index, { website: 'stavby-dvorak.cz' })).toEqual({
      state: 'matched',
      companyId: 4,
      via: 'domain',
    });
  });

  it('re-adding an id replaces its keys', () => {
    const index = fixtureIndex();
    index.addCompany({ id: 5, name: 'Holding Group a.s.', website: 'https://novy-web.cz' });
    expect(index.size).toBe(COMPANIES.length);
    expect(matchCompany(index, { email: 'jan@holding-group.cz' })).toEqual({ state: 'none' });
    expect(matchCompany(index, { website: 'novy-web.cz' })).toEqual({
      state: 'matched',
      companyId: 5,
      via: 'domain',
    });
  });

  it('keeps the remaining companies apart after many are removed and others added', () => {
    const index = createMatchIndex();
    for (let id = 1; id <= 1000; id += 1)
      index.addCompany({ id, name: `Firma ${id}`, website: `firma-${id}.cz` });
    for (let id = 1; id <= 1000; id += 2) index.removeCompany(id);
    for (let id = 2001; id <= 2500; id += 1)
      index.addCompany({ id, name: `Nová ${id}`, website: `nova-${id}.cz` });
    expect(index.size).toBe(1000);
    for (let id = 2; id <= 1000; id += 2) {
      expect(matchCompany(index, { website: `www.firma-${id}.cz` })).toEqual({
        state: 'matched',
        companyId: id,
        via: 'domain',
      });
    }
    for (let id = 1; id <= 1000; id += 2)
      expect(matchCompany(index, { name: `Firma ${id}` })).toEqual({ state: 'none' });
    for (let id = 2001; id <= 2500; id += 1) {
      expect(matchCompany(index, { name: `NOVÁ ${id} s.r.o.` })).toEqual({
        state: 'matched',
        companyId: id,
        via: 'name',
      });
    }
  });

  it('finds every live key after heavy churn', () => {
    const index = createMatchIndex();
    const live = (id: number) => ({
      id,
      name: `Živá firma ${id}`,
      website: `ziva-${id}.co.uk`,
      ico: icoFor(id),
    });
    for (let id = 1; id <= 100; id += 1) index.addCompany(live(id));
    for (let round = 0; round < 3000; round += 1) {
      const id = 1000 + round;
      index.addCompany({ id, name: `Dočasná ${round}`, website: `docasna-${round}.cz`, ico: icoFor(id) });
      index.removeCompany(id);
    }
    for (let id = 1; id <= 100; id += 1) {
      expect(matchCompany(index, { website: `www.ziva-${id}.co.uk` })).toEqual({
        state: 'matched',
        companyId: id,
        via: 'domain',
      });
      expect(matchCompany(index, { name: `ŽIVÁ FIRMA ${id}` })).toEqual({
        state: 'matched',
        companyId: id,
        via: 'name',
      });
      expect(matchCompany(index, { ico: icoFor(id) })).toEqual({
        state: 'matched',
        companyId: id,
        via: 'ico',
      });
    }
    expect(matchCompany(index, { name: 'Dočasná 5' })).toEqual({ state: 'none' });
  });

  it('forgets a long domain only when its last company goes', () => {
    const index = createMatchIndex();
    index.addCompany({ id: 1, name: 'A', website: 'a.co.uk' });
    index.addCompany({ id: 2, name: 'B', website: 'b.co.uk' });
    index.removeCompany(1);
    expect(matchCompany(index, { website: 'www.b.co.uk' })).toEqual({
      state: 'matched',
      companyId: 2,
      via: 'domain',
    });
    index.removeCompany(2);
    expect(matchCompany(index, { website: 'www.b.co.uk' })).toEqual({ state: 'none' });
  });

  it('refuses ids that are not finite numbers', () => {
    const index = createMatchIndex();
    expect(index.addCompany({ id: Number.NaN, name: 'X' })).toBe(false);
    expect(index.addPerson({ id: 1, companyId: Number.POSITIVE_INFINITY, name: 'X' })).toBe(false);
    expect(index.size).toBe(0);
    expect(index.personCount).toBe(0);
  });

  it('adds, replaces and removes persons', () => {
    const index = fixtureIndex();
    const count = index.personCount;
    index.addPerson({ id: 101, companyId: 1, name: 'Jan Novák', email: 'jan@pekarna-novak.cz' });
    expect(index.personCount).toBe(count);
    expect(matchPerson(index, { email: 'jan.novak@pekarna-novak.cz' })).toEqual({
      state: 'matched',
      companyId: 1,
      via: 'email-domain',
    });
    expect(matchPerson(index, { email: 'jan@pekarna-novak.cz' })).toEqual({
      state: 'matched',
      companyId: 1,
      personId: 101,
      via: 'person-email',
    });
    expect(index.removePerson(101)).toBe(true);
    expect(index.removePerson(101)).toBe(false);
    expect(index.personCount).toBe(count - 1);
    expect(matchPerson(index, { email: 'jan@pekarna-novak.cz' })).toEqual({
      state: 'matched',
      companyId: 1,
      via: 'email-domain',
    });
  });

  it('keeps a removed company’s people: they are separate cache records', () => {
    const index = fixtureIndex();
    index.removeCompany(5);
    index.addPerson({ id: 500, companyId: 5, name: 'Karel Veselý', email: 'karel@holding-group.cz' });
    expect(matchPerson(index, { email: 'karel@holding-group.cz' })).toEqual({
      state: 'matched',
      companyId: 5,
      personId: 500,
      via: 'person-email',
    });
  });
});
