import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { companyKeys, type MatchQuery } from '../../lib/shared/matching';
import { upsertCompanies } from '../../lib/worker/cache/companies';
import { clearCache } from '../../lib/worker/cache/maintenance';
import { type CacheDb, openCache } from '../../lib/worker/cache/open';
import type { CompanyRecord } from '../../lib/worker/cache/schema';
import { createMatchService, type MatchService } from '../../lib/worker/match-service';
import type { Services } from '../../lib/worker/services';

let db: CacheDb;
let dbCount = 0;
beforeEach(async () => {
  db = await openCache(`test-match-service-${dbCount++}`);
});
afterEach(() => db.close());

function record(id: number, website: string): CompanyRecord {
  const company = { id, name: `Firma ${id} s.r.o.`, website };
  return { ...company, contactPersons: [], seenAt: 0, ...companyKeys(company) };
}

const byWebsite = (website: string): MatchQuery[] => [{ id: 'q', kind: 'company', clues: { website } }];
const results = async (matcher: MatchService, queries: MatchQuery[]) =>
  (await matcher.match(queries)).results;
/** Lets the build started by the first answer read the cache and finish. */
const settle = () => new Promise((done) => setTimeout(done, 200));

describe('the match service', () => {
  it('answers the first page from the cache, then from its index, losing no change made in between', async () => {
    await upsertCompanies(db, [record(1, 'https://www.jedna.cz/'), record(2, 'dva.cz')]);
    const matcher = createMatchService({ cache: async () => db } as unknown as Services, 0);

    // Cold: nothing built yet. The records it read come along, so the badges read them no more.
    const cold = await matcher.match(byWebsite('jedna.cz'));
    expect(cold.results).toEqual([{ id: 'q', state: 'matched', companyId: 1, via: 'domain' }]);
    expect([...cold.companies.values()]).toEqual([await db.get('companies', 1)]);
    // The build is under way: a sync stores a company and evicts another.
    await upsertCompanies(db, [record(3, 'tri.cz')]);
    matcher.updateCompanies([record(3, 'tri.cz')]);
    await db.delete('companies', 2);
    matcher.updateCompanies([], [2]);
    await settle();

    expect(await results(matcher, byWebsite('www.tri.cz'))).toEqual([
      { id: 'q', state: 'matched', companyId: 3, via: 'domain' },
    ]);
    expect(await results(matcher, byWebsite('dva.cz'))).toEqual([{ id: 'q', state: 'none' }]);
    // Built: matching reads no record.
    expect((await matcher.match(byWebsite('tri.cz'))).companies.size).toBe(0);
  });

  it('forgets the built index on reset (sign-out), answering from the cache as it is now', async () => {
    await upsertCompanies(db, [record(1, 'jedna.cz')]);
    const matcher = createMatchService({ cache: async () => db } as unknown as Services, 0);
    await matcher.match(byWebsite('jedna.cz'));
    await settle();
    matcher.reset();
    await clearCache(db);
    expect(await results(matcher, byWebsite('jedna.cz'))).toEqual([{ id: 'q', state: 'none' }]);
  });
});
