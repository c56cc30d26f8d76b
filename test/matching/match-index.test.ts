import { describe, expect, it } from 'vitest';
import { normalizeCompanyName } from '../../lib/matching/company-name';
import { hashKey } from '../../lib/matching/key-hash';
import { createMatchIndex } from '../../lib/matching/match-index';
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
    expect(index.company(1)).toEqual({
      ico: 45274649,
      websiteDomain: 'pekarna-novak.cz',
      emailDomain: 'pekarna-novak.cz',
      name: 'pekarna novak',
    });
    expect(index.company(9)).toEqual({
      ico: 0,
      websiteDomain: undefined,
      emailDomain: undefined,
      name: 'kavarna u novaku',
    });
    expect(index.company(15)).toEqual({
      ico: 0,
      websiteDomain: undefined,
      emailDomain: undefined,
      name: undefined,
    });
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

  it('finds domains straight from page text, case-insensitively', () => {
    const index = fixtureIndex();
    const text = 'https://WWW.Pekarna-Novak.CZ/kontakt';
    const start = text.indexOf('Pekarna');
    const end = text.indexOf('/kontakt');
    const hash = hashKey('pekarna-novak.cz');
    expect(index.domainKeyAt(text, start, end, hash)).toBe('pekarna-novak.cz');
    expect(index.companiesByDomainAt(text, start, end, hash)).toEqual([1]);
    expect(index.domainKeyAt(text, start + 1, end, hash)).toBeUndefined();
    expect(index.companiesByDomainAt(text, start, end, hashKey('other.cz'))).toEqual([]);
  });

  it('answers the prefilters without false negatives', () => {
    const index = fixtureIndex();
    expect(index.mayHaveDomainTail(hashKey('pekarna-novak.cz'))).toBe(true);
    // british-bakery.co.uk and pekarna.github.io are longer than their tails
    expect(index.mayHaveDomainTail(hashKey('co.uk'))).toBe(true);
    expect(index.mayHaveDomainTail(hashKey('github.io'))).toBe(true);
  });

  it('knows "www." + an ordinary domain is the same site', () => {
    const index = fixtureIndex();
    expect(index.hasWwwExceptions()).toBe(false);
    expect(index.hasWwwException('pekarna-novak.cz')).toBe(false);
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

  it('reuses freed slots without mixing companies up', () => {
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

  it('finds every live key after heavy churn (the prefilter is rebuilt, never loses keys)', () => {
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

  it('finds names and domains straight from the tables after the key arena is compacted', () => {
    const index = createMatchIndex();
    const early = (id: number) => ({ id, name: `Drivejsi firma ${id}`, website: `drivejsi-${id}.cz` });
    for (let id = 5000; id < 5200; id += 1) index.addCompany(early(id));
    for (let id = 1; id <= 50; id += 1) {
      // Ids 49 and 50 share their name and domain: chains of two links.
      const n = Math.min(id, 49);
      index.addCompany({ id, name: `Stala firma ${n} s.r.o.`, website: `https://www.stala-${n}.cz/` });
    }
    for (let id = 5000; id < 5200; id += 1) index.removeCompany(id);
    // ~400 KB of ASCII keys freed: the arena compacts, and the keys above move to where the
    // removed ones were.
    for (let round = 0; round < 10_000; round += 1) {
      const id = 1000 + round;
      index.addCompany({ id, name: `Docasna firma ${round}`, website: `docasna-firma-${round}.cz` });
      index.removeCompany(id);
    }
    for (let n = 1; n <= 48; n += 1) {
      for (const clues of [
        { website: `www.stala-${n}.cz` },
        { website: `stala-${n}.cz` },
        { name: `STALA FIRMA ${n}` },
      ]) {
        expect(matchCompany(index, clues)).toMatchObject({ state: 'matched', companyId: n });
      }
    }
    expect(matchCompany(index, { website: 'stala-49.cz' })).toEqual({
      state: 'ambiguous',
      companyIds: [49, 50],
      via: 'domain',
    });
    expect(matchCompany(index, { name: 'Stala firma 49' })).toEqual({
      state: 'ambiguous',
      companyIds: [49, 50],
      via: 'name',
    });
  });

  it('tracks long domains for the tail prefilter through removals', () => {
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

describe('hash collisions', () => {
  /** Two company names whose keys share a 30-bit hash (birthday bound: ~2^15 tries). */
  function collidingNames(): [string, string] {
    const seen = new Map<number, string>();
    for (let i = 0; i < 500_000; i += 1) {
      const name = `firma ${i}`;
      const hash = hashKey(normalizeCompanyName(name)!);
      const other = seen.get(hash);
      if (other !== undefined) return [other, name];
      seen.set(hash, name);
    }
    throw new Error('no colliding names found');
  }
  const [first, second] = collidingNames();

  it('verifies every hit against the stored key, so colliding keys never match each other', () => {
    const index = createMatchIndex();
    index.addCompany({ id: 1, name: first, website: `${first.replace(' ', '-')}.cz` });
    expect(matchCompany(index, { name: second })).toEqual({ state: 'none' });
    index.addCompany({ id: 2, name: second });
    expect(matchCompany(index, { name: first })).toEqual({ state: 'matched', companyId: 1, via: 'name' });
    expect(matchCompany(index, { name: second })).toEqual({ state: 'matched', companyId: 2, via: 'name' });
    index.removeCompany(1);
    expect(matchCompany(index, { name: first })).toEqual({ state: 'none' });
    expect(matchCompany(index, { name: second })).toEqual({ state: 'matched', companyId: 2, via: 'name' });
  });

  it('keeps namesakes of colliding names apart, whatever order they were indexed in', () => {
    // Companies of one name share a name class, compared once per lookup: interleaving two
    // colliding names in one chain must still give each name exactly its own companies.
    const index = createMatchIndex();
    index.addCompany({ id: 1, name: `${first} s.r.o.` });
    index.addCompany({ id: 2, name: second });
    index.addCompany({ id: 3, name: first.toUpperCase() });
    index.addCompany({ id: 4, name: `${second}, a. s.` });
    index.addCompany({ id: 5, name: first });
    expect(matchCompany(index, { name: first })).toEqual({
      state: 'ambiguous',
      companyIds: [1, 3, 5],
      via: 'name',
    });
    expect(matchCompany(index, { name: second })).toEqual({
      state: 'ambiguous',
      companyIds: [2, 4],
      via: 'name',
    });
    // A renamed company leaves its class; one re-added under the other name joins that one.
    index.addCompany({ id: 3, name: 'Jiná firma' });
    index.removeCompany(4);
    index.addCompany({ id: 5, name: second });
    expect(matchCompany(index, { name: first })).toEqual({ state: 'matched', companyId: 1, via: 'name' });
    expect(matchCompany(index, { name: second })).toEqual({
      state: 'ambiguous',
      companyIds: [2, 5],
      via: 'name',
    });
  });
});
