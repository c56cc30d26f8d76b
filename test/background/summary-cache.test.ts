import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../lib/worker/api';
import { type CacheDb, openCache } from '../../lib/worker/cache/open';
import { createEventBus } from '../../lib/worker/events';
import { createSummaryCache } from '../../lib/worker/page-requests/summary-cache';
import { storeSessionsPage } from '../../lib/worker/sync/store-page';

let db: CacheDb;
let dbCount = 0;
beforeEach(async () => {
  db = await openCache(`test-summary-cache-${dbCount++}`);
});
afterEach(() => db.close());

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 27, 12);

function visit(id: number, daysAgo: number): Session {
  const at = NOW - daysAgo * DAY;
  return {
    id,
    company: { id: 7, name: 'Firma 7', contact_persons: [] },
    first_timestamp: at,
    last_timestamp: at,
  };
}

describe('the badge summaries kept in memory', () => {
  it('do not keep what was read before the cache changed (a cold match reads records first)', async () => {
    await storeSessionsPage(db, 'web.cz', [visit(1, 1)], NOW);
    const events = createEventBus(async () => undefined);
    const summaries = createSummaryCache(events);
    const mark = summaries.mark();
    const records = new Map([[7, (await db.get('companies', 7))!]]);
    // A sync stored a visit and said so while the page's answer was being made from the older record.
    await storeSessionsPage(db, 'web.cz', [visit(2, 2)], NOW);
    events.emit({ event: 'cache.changed' });
    expect((await summaries.get(db, [7], NOW, { records, mark }))[0]?.visits30d).toBe(1);

    expect((await summaries.get(db, [7], NOW))[0]?.visits30d).toBe(2);
  });
});
