import { browser } from 'wxt/browser';
import { allSyncStates } from '../cache/sync-state';
import { syncDueAtStart } from '../sync/sync-due';
import type { BackgroundContext } from './context';

export const SYNC_ALARM = 'leady-sync';
export const SYNC_PERIOD_MINUTES = 15;

/**
 * Periodic sync runs on an alarm, because the MV3 worker is stopped when idle and timers die with
 * it. The alarm is created only when it does not exist: creating it again replaces it and
 * restarts its countdown, so a worker woken every few minutes would keep pushing the sync back.
 */
export function scheduleSync({ syncer, services }: BackgroundContext): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) syncer.syncNow().catch(() => {});
  });
  services.events.on((event) => {
    if (event.event === 'auth.changed' && event.status.state === 'signed-in')
      syncer.syncNow().catch(() => {});
  });
  void browser.alarms.get(SYNC_ALARM).then((alarm) => {
    if (!alarm)
      browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES, delayInMinutes: 1 });
  });
}

/** At worker start: resumes an interrupted sync, or catches up when the alarm has been missed. */
export async function syncIfDue({ syncer, services }: BackgroundContext): Promise<void> {
  const states = await allSyncStates(await services.cache());
  if (syncDueAtStart(states, services.now(), SYNC_PERIOD_MINUTES * 60_000)) await syncer.syncNow();
}
