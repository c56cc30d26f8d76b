/**
 * Company records carry the end times of their cached sessions (`recentVisits`), so a cold worker
 * shows a badge's 30-day count without reading the sessions store (issue 11). The count must be the
 * one the sessions index gives, whatever the sync did: these tests drive the real writers with
 * random data and compare both ways.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../lib/worker/api';
import { touchCompanies } from '../../lib/worker/cache/companies';
import { evictCompanies } from '../../lib/worker/cache/maintenance';
import { type CacheDb, openCache } from '../../lib/worker/cache/open';
import type { CompanyRecord } from '../../lib/worker/cache/schema';
import { companySessions } from '../../lib/worker/cache/sessions';
import { companySummaries } from '../../lib/worker/page-requests/summaries';
import { storeSessionsPage } from '../../lib/worker/sync/store-page';
import { stream } from '../../sandbox/seed/prng';

let db: CacheDb;
let dbCount = 0;
beforeEach(async () => {
  db = await openCache(`test-recent-visits-${dbCount++}`);
});
afterEach(() => {
  db.close();
  vi.restoreAllMocks();
});

const DAY = 86_400_000;
/** recent-visits.ts's cap (not exported: only tests would use it); the lists are compared against it. */
const RECENT_VISITS_CAP = 100;
const NOW = Date.UTC(2026, 10, 27, 12);

function session(id: number, companyId: number | null, lastAt: number): Session {
  return {
    id,
    company: companyId === null ? null : { id: companyId, name: `Firma ${companyId}`, contact_persons: [] },
    first_timestamp: lastAt - 600_000,
    last_timestamp: lastAt,
  };
}

/** The newest end times of a company's sessions, as the sessions index has them. */
async function fromIndex(companyId: number): Promise<number[]> {
  const sessions = await companySessions(db, companyId);
  return sessions.map((s) => s.lastAt!).slice(0, RECENT_VISITS_CAP);
}

/** Today's way before the lists: every summary counts the company's sessions through the index. */
async function countedSummaries(ids: number[], now: number) {
  const summaries = [];
  for (const id of ids) {
    const record = await db.get('companies', id);
    if (!record) continue;
    const range = IDBKeyRange.bound([id, now - 30 * DAY], [id, Number.MAX_SAFE_INTEGER]);
    const visits30d = await db.countFromIndex('sessions', 'byCompanyTime', range);
    summaries.push({ id, name: record.name, visits30d, lastVisitAt: record.lastVisitAt });
  }
  return summaries;
}

/** A record as a version before the lists wrote it. */
async function dropList(companyId: number): Promise<void> {
  const record = await db.get('companies', companyId);
  if (record) {
    const { recentVisits: _dropped, ...older } = record;
    await db.put('companies', older);
  }
}

/**
 * Random syncs: sessions ending around the 30-day edge; companies with none left, a few, and more
 * than the cap; sessions synced again with a later end, moved to another company or to nobody;
 * records without a list (an older version's); eviction.
 */
async function randomCache(seed: number): Promise<number[]> {
  const rng = stream(seed, 'recent-visits');
  const companies = Array.from({ length: 14 }, (_, i) => i + 1);
  // Evicted first are the lowest ids (all seen at once): the busy ones stay.
  const busy = [13, 14];
  let nextId = 1;
  const stored: Session[] = [];
  const time = () => NOW - 30 * DAY + rng.int(-5 * DAY, 5 * DAY);
  for (let page = 0; page < 16; page++) {
    const sessions: Session[] = [];
    const count = rng.int(20, 60);
    for (let i = 0; i < count; i++) {
      const roll = rng.next();
      if (roll < 0.25 && stored.length) {
        // Synced again: a later end, or another company (or none) since.
        const old = rng.pick(stored);
        const companyId = rng.chance(0.5)
          ? (old.company?.id ?? null)
          : rng.chance(0.2)
            ? null
            : rng.pick(companies);
        sessions.push(session(old.id, companyId, (old.last_timestamp ?? 0) + rng.int(0, 2) * 60_000));
      } else {
        const companyId = rng.chance(0.5) ? rng.pick(busy) : rng.chance(0.1) ? null : rng.pick(companies);
        // Equal end times happen (a second-resolution API): draw some from a small set.
        const at = rng.chance(0.2) ? NOW - 30 * DAY + rng.int(-2, 2) * 1000 : time();
        sessions.push(session(nextId++, companyId, at));
      }
    }
    await storeSessionsPage(db, 'web.cz', sessions, NOW);
    for (const s of sessions) {
      const at = stored.findIndex((o) => o.id === s.id);
      if (at >= 0) stored[at] = s;
      else stored.push(s);
    }
    if (rng.chance(0.3)) await dropList(rng.pick(companies));
  }
  // A company whose every session turned out to be nobody's: it has none left.
  const moved = stored.filter((s) => s.company?.id === 5).map((s) => session(s.id, null, s.last_timestamp!));
  await storeSessionsPage(db, 'web.cz', moved, NOW);
  // A busy company's newest sessions were someone else's: older ones beyond the cap take their place.
  const newest = stored
    .filter((s) => s.company?.id === 14)
    .sort((a, b) => b.last_timestamp! - a.last_timestamp!)
    .slice(0, 3);
  await storeSessionsPage(
    db,
    'web.cz',
    newest.map((s) => session(s.id, 6, s.last_timestamp!)),
    NOW,
  );
  if (rng.chance(0.5)) await evictCompanies(db, 12);
  return [...companies, 99];
}

/** Which way a summary of this record goes: the test must see them all. */
function caseOf(record: CompanyRecord, now: number): string {
  const list = record.recentVisits;
  if (!list) return 'no list';
  if (list.length === 0) return 'none';
  if (list.length < RECENT_VISITS_CAP) return 'few';
  return list[RECENT_VISITS_CAP - 1]! < now - 30 * DAY ? 'full, decided' : 'full, counted';
}

describe('a company’s recent visits', () => {
  it('stay the newest end times of its cached sessions through random syncs', async () => {
    for (let seed = 1; seed <= 6; seed++) {
      await randomCache(seed);
      const records = await db.getAll('companies');
      for (const record of records)
        if (record.recentVisits)
          expect(record.recentVisits, `seed ${seed}, company ${record.id}`).toEqual(
            await fromIndex(record.id),
          );
      // Only the records made to look older (a few) may lack their list.
      expect(records.filter((record) => record.recentVisits).length).toBeGreaterThan(records.length / 2);
      expect((await fromIndex(13)).length, 'a company beyond the cap').toBe(RECENT_VISITS_CAP);
      await db.clear('companies');
      await db.clear('sessions');
    }
  });

  it('give every badge the count the sessions index gives, cold (records known) or warm', async () => {
    const cases = new Set<string>();
    for (let seed = 1; seed <= 6; seed++) {
      const ids = await randomCache(seed);
      const known = new Map((await db.getAll('companies')).map((record) => [record.id, record]));
      for (const now of [NOW, NOW - 3 * DAY, NOW + 2 * DAY, NOW + 6 * DAY]) {
        for (const record of known.values()) cases.add(caseOf(record, now));
        const expected = await countedSummaries(ids, now);
        expect(await companySummaries(db, ids, now, known), `seed ${seed}, cold`).toEqual(expected);
        expect(await companySummaries(db, ids, now), `seed ${seed}, warm`).toEqual(expected);
      }
      await db.clear('companies');
      await db.clear('sessions');
    }
    expect([...cases].sort()).toEqual(['few', 'full, counted', 'full, decided', 'no list', 'none']);
  });

  it('a record written by an older version gets its list when a page shows the company', async () => {
    await storeSessionsPage(db, 'web.cz', [session(1, 7, NOW - DAY), session(2, 7, NOW - 40 * DAY)], NOW);
    await dropList(7);
    await touchCompanies(db, [7], NOW + DAY);
    expect(await db.get('companies', 7)).toMatchObject({
      seenAt: NOW + DAY,
      recentVisits: [NOW - DAY, NOW - 40 * DAY],
    });
  });

  it('a record written by an older version gets its list the next time a session of it is stored', async () => {
    await storeSessionsPage(db, 'web.cz', [session(1, 7, NOW - DAY), session(2, 7, NOW - 40 * DAY)], NOW);
    await dropList(7);
    await storeSessionsPage(db, 'web.cz', [session(3, 7, NOW - 2 * DAY)], NOW);
    expect((await db.get('companies', 7))?.recentVisits).toEqual([NOW - DAY, NOW - 2 * DAY, NOW - 40 * DAY]);
  });
});

describe('badge summaries from the records the match read', () => {
  function record(id: number, recentVisits?: number[]): CompanyRecord {
    return { id, name: `Firma ${id}`, contactPersons: [], domains: [], seenAt: 0, recentVisits };
  }

  it('read nothing when the lists decide, and count only where they cannot', async () => {
    const full = Array.from({ length: RECENT_VISITS_CAP }, (_, i) => NOW - i * 60_000);
    const known = new Map([
      [1, record(1, [NOW - DAY, NOW - 40 * DAY])],
      [2, record(2, [])],
      [3, record(3, full)],
      [4, record(4)],
    ]);
    const transaction = vi.spyOn(db, 'transaction');
    expect(await companySummaries(db, [1, 2], NOW, known)).toMatchObject([
      { id: 1, visits30d: 1 },
      { id: 2, visits30d: 0 },
    ]);
    expect(transaction).not.toHaveBeenCalled();

    // A full list inside the window, and an older version's record: counted as before (no sessions here).
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const count = vi.spyOn(IDBIndex.prototype, 'count');
    expect(await companySummaries(db, [1, 3, 4], NOW, known)).toMatchObject([
      { id: 1, visits30d: 1 },
      { id: 3, visits30d: 0 },
      { id: 4, visits30d: 0 },
    ]);
    expect(get).not.toHaveBeenCalled();
    expect(count).toHaveBeenCalledTimes(2);
  });

  it('warm: one read per company whose list decides, where each used to cost two', async () => {
    await storeSessionsPage(db, 'web.cz', [session(1, 7, NOW - DAY), session(2, 8, NOW - 40 * DAY)], NOW);
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const count = vi.spyOn(IDBIndex.prototype, 'count');
    expect(await companySummaries(db, [7, 8], NOW)).toMatchObject([
      { id: 7, visits30d: 1 },
      { id: 8, visits30d: 0 },
    ]);
    expect(get).toHaveBeenCalledTimes(2);
    expect(count).not.toHaveBeenCalled();
  });
});
