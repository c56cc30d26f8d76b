import { browser } from 'wxt/browser';
import { allSyncStates } from './cache/sync-state';
import type { BackgroundContext } from './context';
import { recordFailure } from './diagnostics/failures';
import { syncDueAtStart } from './sync/sync-due';

const SYNC_ALARM = 'leady-sync';
const SYNC_PERIOD_MINUTES = 15;

/**
 * Periodic sync runs on an alarm, because the MV3 worker is stopped when idle and timers die with
 * it. The alarm is created only when it does not exist or has another period (an update changed
 * it): creating it again replaces it and restarts its countdown, so a worker woken every few
 * minutes would keep pushing the sync back.
 */
export function scheduleSync({ syncer, services }: BackgroundContext): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) syncer.syncNow().catch(recordFailure('sync.alarm'));
  });
  services.events.on((event) => {
    if (event.event === 'auth.changed' && event.status.state === 'signed-in')
      syncer.syncNow().catch(recordFailure('sync.sign-in'));
  });
  browser.alarms
    .get(SYNC_ALARM)
    .then(async (alarm) => {
      if (alarm?.periodInMinutes === SYNC_PERIOD_MINUTES) return;
      await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES, delayInMinutes: 1 });
    })
    // Without the alarm, sign-in and the popup still sync; nothing to tell the user, but support should know.
    .catch(recordFailure('sync.schedule'));
}

/** At worker start: resumes an interrupted sync, or catches up when the alarm has been missed. */
export async function syncIfDue({ syncer, services }: BackgroundContext): Promise<void> {
  const states = await allSyncStates(await services.cache());
  if (syncDueAtStart(states, services.now(), SYNC_PERIOD_MINUTES * 60_000)) await syncer.syncNow();
}
