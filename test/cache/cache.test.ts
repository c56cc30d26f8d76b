import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company, Session } from '../../lib/worker/api';
import { getCompanies, upsertCompanies } from '../../lib/worker/cache/companies';
import { getCompanyDetail, getPersons, putCompanyDetail, putPersons } from '../../lib/worker/cache/details';
import { clearCache, evictCompanies } from '../../lib/worker/cache/maintenance';
import { type CacheDb, openCache } from '../../lib/worker/cache/open';
import { UNIDENTIFIED } from '../../lib/worker/cache/schema';
import { companySessions, querySessions, setSessionActions } from '../../lib/worker/cache/sessions';
import { storeSessionsPage } from '../../lib/worker/sync/store-page';

let db: CacheDb;
let dbCount = 0;

beforeEach(async () => {
  db = await openCache(`test-cache-${dbCount++}`);
});
afterEach(() => db.close());

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 27, 12);

function session(
  id: number,
  companyId: number | null,
  hoursAgo: number,
  extra: Partial<Session> = {},
): Session {
  return {
    id,
    company:
      companyId === null
        ? null
        : {
            id: companyId,
            name: `Firma ${companyId} s.r.o.`,
            website: `https://www.firma${companyId}.cz/`,
            email: companyId % 2 ? `info@firma${companyId}.cz` : `firma${companyId}@seznam.cz`,
            contact_persons: ['Jan Novák'],
            detail_url: `https://api.leady.com/v1/companies/${companyId}/?secure_token=x`,
          },
    first_timestamp: NOW - hoursAgo * HOUR - 600_000,
    last_timestamp: NOW - hoursAgo * HOUR,
    action_list_url: `https://api.leady.com/v1/sessions/${id}/actions/`,
    ...extra,
  };
}

describe('storing synced sessions', () => {
  it('stores companies once with their newest visit and lookup keys, and reports new ones', async () => {
    const first = await storeSessionsPage(
      db,
      'web.cz',
      [session(1, 7, 5), session(2, 7, 1), session(3, null, 2)],
      NOW,
    );
    expect(first.newCompanyIds).toEqual([7]);
    const company = (await getCompanies(db, [7])).get(7)!;
    expect(company.lastVisitAt).toBe(NOW - HOUR);
    expect(company.domains).toEqual(['firma7.cz']);
    expect(company.nameKey).toBe('firma 7');

    const again = await storeSessionsPage(db, 'web.cz', [session(4, 7, 0.5), session(5, 8, 0.5)], NOW);
    expect(again.newCompanyIds).toEqual([8]);
    // A free-mail address is not a company key.
    expect((await getCompanies(db, [8])).get(8)!.domains).toEqual(['firma8.cz']);
  });

  it('lists a website’s sessions newest first, with filters and paging by time', async () => {
    await storeSessionsPage(
      db,
      'web.cz',
      [session(1, 7, 5, { action_count: 1 }), session(2, null, 1), session(3, 8, 3, { action_count: 4 })],
      NOW,
    );
    await storeSessionsPage(db, 'other.cz', [session(9, 7, 0)], NOW);

    const all = await querySessions(db, 'web.cz', { limit: 10 });
    expect(all.map((s) => s.id)).toEqual([2, 3, 1]);
    expect(all[0]!.companyId).toBe(UNIDENTIFIED);

    const identified = await querySessions(db, 'web.cz', { limit: 10, onlyIdentified: true });
    expect(identified.map((s) => s.id)).toEqual([3, 1]);
    const busy = await querySessions(db, 'web.cz', { limit: 10, minPages: 2 });
    expect(busy.map((s) => s.id)).toEqual([3]);
    const older = await querySessions(db, 'web.cz', { limit: 10, before: all[1]!.lastAt });
    expect(older.map((s) => s.id)).toEqual([1]);
    const recent = await querySessions(db, 'web.cz', { limit: 10, since: NOW - 4 * HOUR });
    expect(recent.map((s) => s.id)).toEqual([2, 3]);
    const withoutBlacklisted = await querySessions(db, 'web.cz', {
      limit: 10,
      excludeCompanies: new Set([8]),
    });
    expect(withoutBlacklisted.map((s) => s.id)).toEqual([2, 1]);
  });

  it('keeps fetched page views when a session is synced again', async () => {
    await storeSessionsPage(db, 'web.cz', [session(1, 7, 5)], NOW);
    await setSessionActions(db, 'web.cz 1', [{ location: 'https://web.cz/cenik', seconds_spent: 360 }]);
    await storeSessionsPage(db, 'web.cz', [session(1, 7, 5)], NOW);
    const [stored] = await companySessions(db, 7);
    expect(stored!.actions).toHaveLength(1);
    expect(stored!.actionCount).toBe(1);
  });
});

describe('details and persons', () => {
  it('folds details into the company record so it is found by IČO and website from then on', async () => {
    await storeSessionsPage(db, 'web.cz', [session(1, 7, 5)], NOW);
    const detail: Company = {
      id: 7,
      name: 'Firma 7 s.r.o.',
      ico: '25596641',
      website: 'https://firma-sedm.cz',
      phones: [],
      contact_persons: [],
    };
    await putCompanyDetail(db, detail, NOW);
    const company = (await getCompanies(db, [7])).get(7)!;
    expect(company.ico).toBe('25596641');
    expect(company.domains.sort()).toEqual(['firma-sedm.cz', 'firma7.cz']);
    expect(await db.getKeyFromIndex('companies', 'byIco', '25596641')).toBe(7);
    expect((await getCompanyDetail(db, 7))?.fetchedAt).toBe(NOW);
  });

  it('replaces a company’s persons with the fresh list', async () => {
    await putCompanyDetail(db, { id: 7, name: 'X', phones: [], contact_persons: [] }, NOW);
    await putPersons(db, 7, [{ id: 1, name: 'Jan Novák', email: 'Jan@Firma7.cz' }, { name: 'no id' }], NOW);
    await putPersons(db, 7, [{ id: 2, name: 'Eva Malá' }], NOW + 1);
    const persons = await getPersons(db, 7);
    expect(persons.map((p) => p.name)).toEqual(['Eva Malá']);
    expect((await getCompanyDetail(db, 7))?.personsFetchedAt).toBe(NOW + 1);
  });
});

describe('bounds and sign-out', () => {
  it('evicts the least recently seen companies with their sessions beyond the limit', async () => {
    for (let id = 1; id <= 5; id++) await storeSessionsPage(db, 'web.cz', [session(id, id, id)], NOW + id);
    const evicted = await evictCompanies(db, 3);
    expect(evicted.sort()).toEqual([1, 2]);
    expect(await db.count('companies')).toBe(3);
    expect(await companySessions(db, 1)).toEqual([]);
    expect(await companySessions(db, 5)).toHaveLength(1);
  });

  it('clears everything on sign-out', async () => {
    await storeSessionsPage(db, 'web.cz', [session(1, 7, 5)], NOW);
    await clearCache(db);
    expect(await db.count('companies')).toBe(0);
    expect(await db.count('sessions')).toBe(0);
  });

  it('keeps what an older record knew when a session brings less', async () => {
    await upsertCompanies(db, [
      {
        id: 3,
        name: 'A a.s.',
        ico: '25596641',
        contactPersons: [],
        domains: [],
        seenAt: 5,
        lastVisitAt: 100,
      },
    ]);
    await upsertCompanies(db, [
      { id: 3, name: 'A a.s.', contactPersons: [], domains: [], seenAt: 6, lastVisitAt: 50 },
    ]);
    const company = (await getCompanies(db, [3])).get(3)!;
    expect(company.ico).toBe('25596641');
    expect(company.lastVisitAt).toBe(100);
  });
});
