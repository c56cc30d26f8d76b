import { accountItem, throttleItem, tokenItem } from './account-items';
import { createFetchTransport, createLeadyClient, type LeadyClient, LeadyError, type Transport } from './api';
import { currentApiBaseUrl } from './api-base-url';
import { type CacheDb, openCache } from './cache/open';
import { createEventBus, type EventBus } from './events';
import { createRequestQueue, type RequestQueue } from './queue/request-queue';
import type { ThrottleStore } from './queue/throttle-store';

/**
 * Everything the background's features share: one request queue in front of the network, the API
 * client, the cache and the event bus. Created once per worker start.
 */
export interface Services {
  queue: RequestQueue;
  /** A client for the API the user is signed in to (else the configured one), sending through the queue. */
  client(): Promise<LeadyClient>;
  /** A client for a given API base URL (sign-in targets the API configured now). */
  clientFor(baseUrl: string): LeadyClient;
  cache(): Promise<CacheDb>;
  events: EventBus;
  now(): number;
  /** Called when the API answers 401 to a request that carried the token. */
  onUnauthorized(listener: () => Promise<void>): void;
}

export interface ServiceOptions {
  fetch?: typeof fetch;
  cacheName?: string;
  now?: () => number;
  events?: EventBus;
}

const throttleStore: ThrottleStore = {
  load: () => throttleItem.getValue(),
  save: (deadlines) => throttleItem.setValue(deadlines),
};

export function createServices(options: ServiceOptions = {}): Services {
  const now = options.now ?? Date.now;
  const unauthorizedListeners: Array<() => Promise<void>> = [];

  const network = createFetchTransport({
    // The token is only read here, in the background, at the moment a request is sent.
    getToken: async () => (await tokenItem.getValue()) ?? undefined,
    fetch: options.fetch,
    now,
  });
  const queue = createRequestQueue({ transport: network, throttleStore, now });

  const guarded: Transport = async (request) => {
    try {
      return await queue.send(request);
    } catch (error) {
      if (request.auth && error instanceof LeadyError && error.kind === 'unauthorized') {
        await Promise.all(unauthorizedListeners.map((listener) => listener()));
      }
      throw error;
    }
  };

  let cachePromise: Promise<CacheDb> | undefined;
  return {
    queue,
    events: options.events ?? createEventBus(),
    now,
    async client() {
      const account = await accountItem.getValue();
      // A token belongs to the API it was issued by: keep talking to that one while signed in.
      const signedInTo = account.state !== 'signed-out' ? account.apiBaseUrl : undefined;
      return createLeadyClient({ baseUrl: signedInTo ?? (await currentApiBaseUrl()), transport: guarded });
    },
    clientFor(baseUrl) {
      return createLeadyClient({ baseUrl, transport: guarded });
    },
    cache() {
      cachePromise ??= openCache(options.cacheName);
      return cachePromise;
    },
    onUnauthorized(listener) {
      unauthorizedListeners.push(listener);
    },
  };
}
