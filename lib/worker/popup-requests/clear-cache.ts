import { accountItem } from '../account-items';
import { clearCache } from '../cache/maintenance';
import { recordFailure } from '../diagnostics/failures';
import type { PopupBackground } from './popup-background';

/**
 * "Clear cached data" in the options page: every cached record goes, the token stays, and a full
 * sync starts. A sync already running is waited for first: it would otherwise record progress
 * for data that was just deleted, and the next sync would skip that period. Throttle deadlines go
 * too: it is the user's way out of a stuck state, and a real throttle just answers 429 again.
 */
export async function clearCachedData({ services, syncer, matcher }: PopupBackground): Promise<{
  syncing: boolean;
}> {
  // Only waiting for the running sync to end: whoever started it records its failure.
  if (syncer.running) await syncer.syncNow().catch(() => {});
  await clearCache(await services.cache());
  await services.queue.forgetThrottles();
  matcher.reset();
  services.events.emit({ event: 'cache.changed' });
  const syncing = (await accountItem.getValue()).state === 'signed-in';
  // Progress and errors reach open pages as sync.changed events.
  if (syncing) syncer.syncNow().catch(recordFailure('cache.clear-resync'));
  return { syncing };
}
