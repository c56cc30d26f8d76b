import type { SyncStateRecord } from '../cache/schema';

/**
 * Whether a worker that has just started should sync. MV3 stops an idle worker after 30 seconds
 * and starts it again for any event: a CRM page's scan, a context-menu click, the alarm. Syncing
 * at every start would ask Leady for sessions each time the user opens a record after a pause.
 * Two starts need a sync: one was interrupted (a website's run is saved halfway, and resumes from
 * its saved page), or no website has synced within `periodMs` (the alarm could not fire while the
 * browser was closed). Otherwise the alarm, sign-in and the popup keep the cache fresh.
 */
export function syncDueAtStart(states: readonly SyncStateRecord[], now: number, periodMs: number): boolean {
  if (states.some((state) => state.run !== undefined)) return true;
  const lastSuccess = lastSyncSuccess(states);
  return lastSuccess === undefined || now - lastSuccess >= periodMs;
}

/** When any tracked website last synced successfully (epoch ms), if one ever did. */
export function lastSyncSuccess(states: readonly SyncStateRecord[]): number | undefined {
  const times = states.flatMap((state) => state.lastSuccessAt ?? []);
  return times.length ? Math.max(...times) : undefined;
}
