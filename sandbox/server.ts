/**
 * The programmatic entry point: `startSandbox()` seeds the data, binds the HTTP server and hands back
 * everything a test needs (URLs, a ready token, the fault controller, the data itself).
 *
 *   const sandbox = await startSandbox({ port: 0, rates: { sessions: '2/min' } });
 *   await fetch(`${sandbox.url}resources/`, { headers: { Authorization: `Token ${sandbox.token}` } });
 *   await sandbox.close();
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppContext } from './api/context';
import { API_PREFIX } from './api/pipeline';
import { Router } from './api/router';
import { runningClock } from './api/running-clock';
import { createRequestListener } from './app';
import { renderDemoPages } from './demo-crm';
import { FaultController } from './faults/controller';
import { hostForUrl } from './http/origin';
import { normalizeMounts } from './http/static-files';
import { resolveOptions, type SandboxOptions } from './options';
import { API_ROUTES } from './routes';
import { createSeedData } from './seed';
import type { SeedData } from './seed/types';
import { SandboxState } from './state/state';
import { ScopedThrottle } from './throttle/throttler';

export interface SandboxServer {
  /** API root, ending in "/v1/". */
  url: string;
  /** Scheme, host and port, e.g. "http://127.0.0.1:41234". */
  origin: string;
  /** A valid token of the demo user (the one POST /__sandbox/reset restores). */
  token: string;
  /** Stops listening, cuts open connections and pending injected latency. Safe to call twice. */
  close(): Promise<void>;
  faults: FaultController;
  data: SeedData;
  /** Same as POST /__sandbox/reset: tokens, blacklist and throttle history back to the seed. */
  reset(): void;
}

export type { SandboxOptions } from './options';

/** Grace period for in-flight requests before close() cuts connections. */
const CLOSE_GRACE_MS = 500;

export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxServer> {
  const resolved = resolveOptions(options);
  const data = createSeedData({ seed: resolved.seed, scale: resolved.scale, now: resolved.now });
  const throttle = new ScopedThrottle(resolved.rates);
  const state = new SandboxState(data, { email: resolved.email, password: resolved.password }, throttle);
  const app: AppContext = {
    data,
    state,
    cursorSecret: createHash('sha256').update(`leady-sandbox-cursor-${resolved.seed}`).digest('hex'),
    clock: runningClock(resolved.now),
  };
  const faults = new FaultController();
  faults.add(resolved.faults);
  const shutdown = new AbortController();
  let origin = '';

  const server = createServer(
    createRequestListener({
      app,
      router: new Router(API_ROUTES),
      faults,
      throttle,
      shutdown: shutdown.signal,
      onError: resolved.onError,
      mounts: normalizeMounts(resolved.staticDirs),
      demoPages: renderDemoPages(data),
      fallbackOrigin: () => origin,
      onRequest: resolved.onRequest,
    }),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${hostForUrl(resolved.host)}:${port}`;

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve, reject) => {
      shutdown.abort();
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
    });
    return closing;
  };

  return {
    url: `${origin}${API_PREFIX}`,
    origin,
    token: state.initialToken,
    close,
    faults,
    data,
    reset: () => state.reset(),
  };
}
