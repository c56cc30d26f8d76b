/** A background context as lib/worker/start.ts builds it, against a sandbox, for handler tests. */

import { settingsItem } from '../../lib/runtime/storage-items';
import type { BackgroundEvent } from '../../lib/shared/messaging/protocol/events';
import { DEFAULT_SETTINGS } from '../../lib/shared/settings';
import { createAuth } from '../../lib/worker/auth';
import { createEventBus } from '../../lib/worker/events';
import { createMatchService } from '../../lib/worker/match-service';
import type { PopupBackground } from '../../lib/worker/popup-requests/popup-background';
import { createServices } from '../../lib/worker/services';
import { createSyncer } from '../../lib/worker/sync/syncer';
import type { SandboxServer } from '../../sandbox/server';

let dbCount = 0;

/** `now` is the background's clock; it should start at the sandbox's `now` so a sync finds its data. */
export async function popupBackground(sandbox: SandboxServer, fetchImpl: typeof fetch, now: () => number) {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBaseUrl: sandbox.url });
  const emitted: BackgroundEvent[] = [];
  const events = createEventBus(async (event) => {
    emitted.push(event);
  });
  const services = createServices({
    fetch: fetchImpl,
    cacheName: `popup-handlers-${dbCount++}`,
    events,
    now,
  });
  const matcher = createMatchService(services);
  const context: PopupBackground & { auth: ReturnType<typeof createAuth> } = {
    services,
    auth: createAuth(services),
    syncer: createSyncer(services, {
      onCompanies: (stored, evicted) => matcher.updateCompanies(stored, evicted),
    }),
    matcher,
  };
  return {
    context,
    emitted,
    async close() {
      (await services.cache()).close();
    },
  };
}
