import { browser } from 'wxt/browser';
import type { BackgroundContext } from './context';

export const SYNC_ALARM = 'leady-sync';
export const SYNC_PERIOD_MINUTES = 15;

/**
 * Periodic sync runs on an alarm, because the MV3 worker is stopped when idle and timers die with
 * it. The alarm is (re)created at every start; creating an existing alarm just replaces it.
 */
export function scheduleSync({ syncer, services }: BackgroundContext): void {
  browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) syncer.syncNow().catch(() => {});
  });
  services.events.on((event) => {
    if (event.event === 'auth.changed' && event.status.state === 'signed-in')
      syncer.syncNow().catch(() => {});
  });
}
