/** A background context as lib/background/start.ts builds it, against a sandbox, for handler tests. */
import { createAuth } from '../../lib/background/auth';
import type { BackgroundEvent } from '../../lib/background/events';
import { createEventBus } from '../../lib/background/events';
import { createMatchService } from '../../lib/background/match-service';
import type { PopupBackground } from '../../lib/background/popup/popup-background';
import { createServices } from '../../lib/background/services';
import { DEFAULT_SETTINGS, settingsItem } from '../../lib/storage/items';
import { createSyncer } from '../../lib/sync/syncer';
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
