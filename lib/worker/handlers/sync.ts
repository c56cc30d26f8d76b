import type { SyncStatus } from '../../shared/messaging/protocol';
import { allSyncStates } from '../cache/sync-state';
import type { BackgroundContext } from '../context';
import { recordFailure } from '../diagnostics/failures';
import type { Handlers } from '../messaging/router';
import { lastSyncSuccess } from '../sync/sync-due';

export function syncHandlers({ services, syncer, badge }: BackgroundContext): Handlers {
  async function status(): Promise<SyncStatus> {
    const states = await allSyncStates(await services.cache());
    return { running: syncer.running, lastSuccessAt: lastSyncSuccess(states) };
  }
  return {
    'sync.status': { allow: ['extension-page'], handle: status },
    'sync.now': {
      allow: ['extension-page'],
      handle: async () => {
        // Errors reach the popup as a sync.changed event; the caller does not wait for the sync.
        syncer.syncNow().catch(recordFailure('sync.now'));
        return status();
      },
    },
    'badge.seen': {
      allow: ['extension-page'],
      handle: async () => {
        await badge.clear();
        return undefined;
      },
    },
  };
}
