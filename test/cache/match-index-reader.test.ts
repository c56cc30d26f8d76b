/**
 * A cold worker answers a page from the cache's IndexedDB indexes (indexForQueries) before its full
 * index is built: both must give every query the same answer.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { companyKeys, type MatchQuery, matchQueries, normalizeEmail } from '../../lib/shared/matching';
import { indexAllCached, indexForQueries } from '../../lib/worker/cache/match-index-reader';
import { type CacheDb, openCache } from '../../lib/worker/cache/open';
import type { CompanyRecord, PersonRecord } from '../../lib/worker/cache/schema';
import { FREE, prng, randomClues, randomCompany } from '../matching/random-data';

let db: CacheDb;
let dbCount = 0;
beforeEach(async () => {
  db = await openCache(`test-match-reader-${dbCount++}`);
});
afterEach(() => db.close());

const PEOPLE = ['Jan Novák', 'Ing. Jan Novák', 'Eva Dvořáková', 'Petr Černý', 'NOVÁK Jan'];

async function fill(seed: number): Promise<MatchQuery[]> {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const companies = Array.from({ length: 300 }, (_, i) => randomCompany(random, i + 1));
  const persons: PersonRecord[] = [];
  for (const company of companies) {
    for (let p = 0; p < Math.floor(random() * 3); p += 1) {
      const domain = company.email?.split('@')[1] ?? pick(FREE);
      const email = pick([`jan@${domain}`, `info@${domain}`, `eva@${pick(FREE)}`, undefined]);
      persons.push({
        id: company.id * 10 + p,
        companyId: company.id,
        name: pick(PEOPLE),
        email,
        emailKey: normalizeEmail(email),
        fetchedAt: 0,
      });
    }
  }
  const tx = db.transaction(['companies', 'persons'], 'readwrite');
  for (const company of companies) {
    const record: CompanyRecord = { ...company, contactPersons: [], seenAt: 0, ...companyKeys(company) };
    void tx.objectStore('companies').put(record);
  }
  for (const person of persons) void tx.objectStore('persons').put(person);
  await tx.done;

  return Array.from({ length: 600 }, (_, i): MatchQuery => {
    const company = pick(companies);
    const clues = randomClues(random, company);
    if (random() < 0.5) return { id: String(i), kind: 'company', clues };
    const person = persons.length > 0 && random() < 0.7 ? pick(persons) : undefined;
    return {
      id: String(i),
      kind: 'person',
      clues: {
        name: random() < 0.7 ? (person?.name ?? pick(PEOPLE)) : undefined,
        email: random() < 0.6 ? person?.email?.toUpperCase() : undefined,
        company: random() < 0.7 ? clues : undefined,
      },
    };
  });
}

describe('indexForQueries', () => {
  it.each([1, 2, 3])('answers every query as the full index does (seed %d)', async (seed) => {
    const queries = await fill(seed);
    const full = matchQueries(await indexAllCached(db), queries);
    // In page-sized batches, as the content script sends them.
    const partial: ReturnType<typeof matchQueries> = [];
    for (let start = 0; start < queries.length; start += 50) {
      const batch = queries.slice(start, start + 50);
      const { index, companies } = await indexForQueries(db, batch);
      const results = matchQueries(index, batch);
      partial.push(...results);
      // The badges' summaries read no company again: what a company's own keys found, was read.
      for (const result of results)
        if (result.state !== 'none' && result.via !== 'person-email')
          for (const id of result.state === 'matched' ? [result.companyId] : result.companyIds)
            expect(companies.get(id)?.id).toBe(id);
    }
    expect(partial).toEqual(full);
    const states = new Set(full.map((result) => result.state));
    const vias = new Set(full.flatMap((result) => (result.state === 'none' ? [] : [result.via])));
    // The data must reach every outcome and every kind of evidence for the comparison to mean something.
    expect([...states].sort()).toEqual(['ambiguous', 'matched', 'none']);
    expect([...vias].sort()).toEqual([
      'domain',
      'email-domain',
      'ico',
      'name',
      'person-email',
      'person-name',
    ]);
  });

  it('reads nothing for queries without a usable clue', async () => {
    await fill(4);
    const { index, companies } = await indexForQueries(db, [
      { id: 'a', kind: 'company', clues: { name: 's.r.o.', website: 'javascript:alert(1)' } },
      { id: 'b', kind: 'person', clues: { name: 'Jan Novák' } },
    ]);
    expect(index.size).toBe(0);
    expect(index.personCount).toBe(0);
    expect(companies.size).toBe(0);
  });
});

describe('indexAllCached', () => {
  it('indexes every cached company and person, however many chunks they take to read', async () => {
    const count = 4_501;
    const tx = db.transaction(['companies', 'persons'], 'readwrite');
    for (let id = 1; id <= count; id += 1) {
      const company = { id, name: `Firma ${id}`, website: `firma-${id}.cz` };
      void tx
        .objectStore('companies')
        .put({ ...company, contactPersons: [], seenAt: 0, ...companyKeys(company) });
      void tx.objectStore('persons').put({ id, companyId: id, name: `Jan Novák ${id}`, fetchedAt: 0 });
    }
    await tx.done;
    const index = await indexAllCached(db);
    expect(index.size).toBe(count);
    expect(index.personCount).toBe(count);
    expect(index.companiesByDomain(`firma-${count}.cz`)).toEqual([count]);
    expect(index.personsOfCompany(count)).toEqual([count]);
  });
});
