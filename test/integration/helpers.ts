import { settingsItem } from '../../lib/runtime/storage-items';
import { DEFAULT_SETTINGS } from '../../lib/shared/settings';
import { createAuth } from '../../lib/worker/auth';
import { createEventBus } from '../../lib/worker/events';
import { createServices, type Services } from '../../lib/worker/services';
import { type SandboxOptions, type SandboxServer, startSandbox } from '../../sandbox/server';
import { clockFrom, FIXED_NOW } from '../clock';

export const DEMO_EMAIL = 'demo@leady.test';
export const DEMO_PASSWORD = 'leady-demo';

let dbCount = 0;

/** Polls a condition (no fixed sleeps: the machine may be busy). */
export async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  // The monotonic clock: the tests also run under faketime's fixed wall clocks.
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error('condition not met');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A background (services + auth) as the extension builds it, against a sandbox on a random port.
 * Runs in Node with WXT's fake browser storage and fake-indexeddb. The sandbox's data is as of
 * FIXED_NOW and the background's clock starts there too (unless a test brings its own), so the
 * records synced are the same at any hour the suite runs. `network` stands between the extension
 * and the sandbox (a test may rewrite answers the sandbox cannot be made to give).
 */
export async function backgroundAgainstSandbox(
  options: SandboxOptions = {},
  clock: () => number = clockFrom(options.now ?? FIXED_NOW),
  network?: typeof fetch,
) {
  const sandbox: SandboxServer = await startSandbox({ port: 0, now: FIXED_NOW, ...options });
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBaseUrl: sandbox.url });
  const events = createEventBus(async () => undefined);
  const services: Services = createServices({
    cacheName: `integration-${dbCount++}`,
    events,
    now: clock,
    fetch: network,
  });
  let cacheClears = 0;
  const auth = createAuth(services, () => {
    cacheClears += 1;
  });
  return {
    /** How often auth said the cached records were deleted (the match index goes with them). */
    cacheClears: () => cacheClears,
    sandbox,
    services,
    auth,
    events,
    async close() {
      (await services.cache()).close();
      await sandbox.close();
    },
  };
}
