import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { putSyncState } from '../../lib/worker/cache/sync-state';
import type { BackgroundContext } from '../../lib/worker/context';
import { createEventBus } from '../../lib/worker/events';
import { scheduleSync, syncIfDue } from '../../lib/worker/scheduling';

/** The alarm's name outlives an update (alarms persist), so it is part of the contract. */
const SYNC_ALARM = 'leady-sync';

import { createServices } from '../../lib/worker/services';
import { syncDueAtStart } from '../../lib/worker/sync/sync-due';

const NOW = Date.UTC(2026, 10, 27, 12, 0);
const MINUTE = 60_000;
const PERIOD = 15 * MINUTE;

describe('syncDueAtStart', () => {
  it('resumes a sync that a stopped worker left halfway', () => {
    const run = {
      periodStart: NOW - 90 * 24 * 60 * MINUTE,
      startedAt: NOW - MINUTE,
      next: 'https://x/?cursor=2',
      pages: 1,
    };
    expect(
      syncDueAtStart(
        [
          { resource: 'a.cz', lastSuccessAt: NOW - MINUTE },
          { resource: 'b.cz', run },
        ],
        NOW,
        PERIOD,
      ),
    ).toBe(true);
  });

  it('catches up when nothing has synced within the alarm period, or ever', () => {
    expect(syncDueAtStart([], NOW, PERIOD)).toBe(true);
    expect(syncDueAtStart([{ resource: 'a.cz', lastSuccessAt: NOW - PERIOD }], NOW, PERIOD)).toBe(true);
    expect(syncDueAtStart([{ resource: 'a.cz', lastError: 'offline' }], NOW, PERIOD)).toBe(true);
  });

  it('leaves a recently synced cache to the alarm', () => {
    const states = [
      { resource: 'a.cz', lastSuccessAt: NOW - 2 * MINUTE },
      { resource: 'b.cz', lastSuccessAt: NOW - 3 * PERIOD },
    ];
    expect(syncDueAtStart(states, NOW, PERIOD)).toBe(false);
  });
});

describe('background scheduling', () => {
  let dbCount = 0;

  function context(syncs: { count: number }): BackgroundContext {
    const services = createServices({
      cacheName: `scheduling-${dbCount++}`,
      events: createEventBus(async () => undefined),
      now: () => NOW,
    });
    const syncer = {
      running: false,
      syncNow: async () => {
        syncs.count += 1;
        return { resources: 0, sessions: 0, newCompanies: 0 };
      },
    };
    return { services, syncer } as unknown as BackgroundContext;
  }

  it('creates the periodic alarm once, and a worker restart does not push it back', async () => {
    scheduleSync(context({ count: 0 }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const first = await fakeBrowser.alarms.get(SYNC_ALARM);
    expect(first?.periodInMinutes).toBe(15);
    // Some milliseconds later, so that a replaced alarm would have another scheduled time.
    await new Promise((resolve) => setTimeout(resolve, 5));
    scheduleSync(context({ count: 0 }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(first?.scheduledTime);
  });

  it('replaces an alarm left with another period by an older version', async () => {
    await fakeBrowser.alarms.create(SYNC_ALARM, { periodInMinutes: 60 });
    scheduleSync(context({ count: 0 }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes).toBe(15);
  });

  it('syncs at worker start only when a sync is due', async () => {
    const syncs = { count: 0 };
    const background = context(syncs);
    await syncIfDue(background);
    expect(syncs.count).toBe(1); // never synced
    await putSyncState(await background.services.cache(), { resource: 'a.cz', lastSuccessAt: NOW - MINUTE });
    await syncIfDue(background);
    expect(syncs.count).toBe(1); // synced a minute ago: the alarm will do
  });
});
