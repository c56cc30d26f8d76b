import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CacheDb, openCache } from '../../lib/worker/cache/open';
import type { CompanyRecord } from '../../lib/worker/cache/schema';
import { createToucher } from '../../lib/worker/page-requests/touch';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 3, 9, 20);

let db: CacheDb;
let dbCount = 0;
beforeEach(async () => {
  db = await openCache(`test-touch-${dbCount++}`);
});
afterEach(() => db.close());

function company(id: number, seenAt: number, recentVisits: number[] | undefined): CompanyRecord {
  return {
    id,
    name: `Firma ${id}`,
    contactPersons: [],
    domains: [],
    seenAt,
    ...(recentVisits ? { recentVisits } : {}),
  };
}

describe('marking companies shown on a page as seen', () => {
  it('on a worker that has just started, rewrites only the records its match read as due', async () => {
    const records = [
      company(1, NOW - HOUR / 2, []), // seen half an hour ago: not due
      company(2, NOW - 2 * HOUR, []), // two hours ago: due
      company(3, NOW - HOUR / 2, undefined), // recent, but written before visit lists: due, to get one
    ];
    for (const record of records) await db.put('companies', record);
    const touch = createToucher();
    await touch(db, [1, 2, 3, 4], NOW, new Map(records.map((record) => [record.id, record])));
    expect((await db.get('companies', 1))!.seenAt).toBe(NOW - HOUR / 2);
    expect((await db.get('companies', 2))!.seenAt).toBe(NOW);
    expect(await db.get('companies', 3)).toMatchObject({ seenAt: NOW, recentVisits: [] });
  });

  it('without records read, touches each company once an hour', async () => {
    await db.put('companies', company(5, NOW - HOUR / 2, []));
    const touch = createToucher();
    await touch(db, [5], NOW);
    expect((await db.get('companies', 5))!.seenAt).toBe(NOW);
    await db.put('companies', company(5, NOW - HOUR / 2, []));
    await touch(db, [5], NOW + HOUR / 2);
    expect((await db.get('companies', 5))!.seenAt).toBe(NOW - HOUR / 2);
    await touch(db, [5], NOW + HOUR);
    expect((await db.get('companies', 5))!.seenAt).toBe(NOW + HOUR);
  });
});
