import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LeadyError } from '../../lib/shared/api/errors';
import type { BackgroundContext } from '../../lib/worker/context';
import { createErrorLog } from '../../lib/worker/diagnostics/error-log';
import { useErrorLog } from '../../lib/worker/diagnostics/failures';
import { createEventBus } from '../../lib/worker/events';
import { scheduleSync } from '../../lib/worker/scheduling';

/** The sync alarm's name as Chrome keeps it across updates. */
const SYNC_ALARM = 'leady-sync';

const NOW = Date.UTC(2026, 2, 14, 9, 30);
const offline = new LeadyError({ kind: 'network', endpoint: 'sessions.list', message: 'Failed to fetch' });

async function settled() {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('failures nobody waits for land in the error log', () => {
  const log = useErrorLog(createErrorLog({ now: () => NOW }));

  it('a sync started by the alarm that fails', async () => {
    const events = createEventBus(async () => undefined);
    const syncer = { running: false, syncNow: () => Promise.reject(offline) };
    scheduleSync({ syncer, services: { events, now: () => NOW } } as unknown as BackgroundContext);
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: NOW });
    await settled();
    expect(await log.entries()).toEqual([
      { at: NOW, context: 'sync.alarm', message: 'network (sessions.list): Failed to fetch' },
    ]);
  });

  it('a broadcast to extension pages that fails for another reason than "no popup open"', async () => {
    const noPopup = createEventBus(() =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    );
    noPopup.emit({ event: 'cache.changed' });
    const tooBig = createEventBus(() =>
      Promise.reject(new Error('Message length exceeded maximum allowed length.')),
    );
    tooBig.emit({ event: 'cache.changed' });
    await settled();
    expect(await log.entries()).toEqual([
      {
        at: NOW,
        context: 'broadcast.extension-pages',
        message: 'Error: Message length exceeded maximum allowed length.',
      },
    ]);
  });
});
