import { isLeadyError, LeadyError } from '../../shared/api/errors';
import type { ApiRequest, ApiScope, Priority, Transport } from '../../shared/api/request';
import { recordFailure } from '../diagnostics/failures';
import { backoffDelay } from './backoff';
import { isRetryable } from './retry-policy';
import type { ThrottleDeadlines, ThrottleStore } from './throttle-store';

export interface RequestQueueOptions {
  /** Sends one request for real (the fetch transport in the extension). */
  transport: Transport;
  throttleStore: ThrottleStore;
  maxConcurrentPerScope?: number;
  /** Extra attempts for a GET after a network error, timeout or 5xx. */
  maxRetries?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Used when a 429 carries no usable Retry-After. */
  defaultThrottleSeconds?: number;
  /** The longest a 429 may close a scope; longer Retry-After values are cut to this. */
  maxThrottleSeconds?: number;
  /**
   * A person waiting for an answer is told to wait (a throttled error with the seconds left) rather
   * than kept hanging behind a throttle longer than this; background work just waits.
   */
  maxInteractiveWaitMs?: number;
  /** How many 429s one request may meet before it gives up. */
  maxThrottleRequeues?: number;
  now?: () => number;
  random?: () => number;
}

export interface RequestQueue {
  /** Queue-backed transport: same contract as the transport it wraps. */
  send: Transport;
  /** Milliseconds until `scope` may be sent to again; 0 when it is open. */
  throttledFor(scope: ApiScope): number;
  /** Rejects everything queued or running with `reason` (used on sign-out). */
  clear(reason: LeadyError): void;
  /** Opens every throttled scope and forgets the saved deadlines (sign-out, "Clear cached data"). */
  forgetThrottles(): Promise<void>;
  /** Resolves once persisted throttle deadlines are loaded; nothing is sent before. */
  readonly ready: Promise<void>;
}

interface Waiter {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  detach(): void;
}

interface Entry {
  request: ApiRequest;
  dedupeKey?: string;
  priority: Priority;
  seq: number;
  waiters: Set<Waiter>;
  attempts: number;
  throttleRequeues: number;
  /** Not before this instant (retry backoff). */
  notBefore: number;
  controller: AbortController;
  running: boolean;
}

const SCOPES: ApiScope[] = ['auth', 'sessions', 'companies', 'lists'];

/**
 * An hour. DRF's Retry-After is at most a throttle period, but one hostile or broken answer
 * (`Retry-After: 315360000`) must not close a scope for years: after an hour one request finds out
 * again, and a real throttle answers it with another 429.
 */
const MAX_THROTTLE_SECONDS = 3_600;

export function createRequestQueue(options: RequestQueueOptions): RequestQueue {
  const {
    transport,
    throttleStore,
    maxConcurrentPerScope = 2,
    maxRetries = 3,
    retryBaseMs = 500,
    retryMaxMs = 15_000,
    defaultThrottleSeconds = 30,
    maxThrottleSeconds = MAX_THROTTLE_SECONDS,
    maxInteractiveWaitMs = 15_000,
    maxThrottleRequeues = 5,
    now = Date.now,
    random = Math.random,
  } = options;

  const deadlines: ThrottleDeadlines = {};
  const queued = new Map<ApiScope, Entry[]>(SCOPES.map((scope) => [scope, []]));
  const running = new Map<ApiScope, number>(SCOPES.map((scope) => [scope, 0]));
  const timers = new Map<ApiScope, ReturnType<typeof setTimeout>>();
  /** GETs queued or running, by dedupe key, so identical requests share one answer. */
  const inFlight = new Map<string, Entry>();
  const started = new Set<Entry>();
  let seq = 0;
  let loaded = false;

  const ready = throttleStore
    .load()
    .catch((error: unknown) => {
      // Starting without saved deadlines risks one early request that earns another 429.
      recordFailure('queue.load-throttle')(error);
      return {} as ThrottleDeadlines;
    })
    .then((saved) => {
      for (const scope of SCOPES) {
        const stored = saved[scope];
        if (typeof stored !== 'number' || !Number.isFinite(stored)) continue;
        // Saved before there was a cap, or by a clock that has since gone back: cap it again.
        const until = Math.min(stored, now() + maxThrottleSeconds * 1000);
        // A deadline learned while loading is newer than the saved one: keep the later.
        if (until > (deadlines[scope] ?? 0)) deadlines[scope] = until;
      }
      loaded = true;
      for (const scope of SCOPES) pump(scope);
    });

  function throttledFor(scope: ApiScope): number {
    return Math.max(0, (deadlines[scope] ?? 0) - now());
  }

  function throttledError(request: ApiRequest, waitMs: number): LeadyError {
    const seconds = Math.ceil(waitMs / 1000);
    return new LeadyError({
      kind: 'throttled',
      endpoint: request.endpoint,
      status: 429,
      retryAfterSeconds: seconds,
      message: `${request.scope} is throttled for another ${seconds} s`,
    });
  }

  function send(request: ApiRequest): Promise<unknown> {
    const priority = request.priority ?? 'interactive';
    if (request.signal?.aborted) return Promise.reject(abortedError(request));
    const wait = throttledFor(request.scope);
    if (priority === 'interactive' && wait > maxInteractiveWaitMs) {
      return Promise.reject(throttledError(request, wait));
    }

    const dedupeKey =
      request.method === 'GET' ? `${request.auth ? 'auth' : 'anon'} ${request.url}` : undefined;
    let entry = dedupeKey ? inFlight.get(dedupeKey) : undefined;
    if (entry) {
      // Someone is now waiting for a shared background request: let it jump the queue.
      if (priority === 'interactive') entry.priority = 'interactive';
    } else {
      const { signal: _ownSignal, ...rest } = request;
      entry = {
        request: rest,
        dedupeKey,
        priority,
        seq: seq++,
        waiters: new Set(),
        attempts: 0,
        throttleRequeues: 0,
        notBefore: 0,
        controller: new AbortController(),
        running: false,
      };
      if (dedupeKey) inFlight.set(dedupeKey, entry);
      queued.get(request.scope)!.push(entry);
    }
    const promise = attachWaiter(entry, request.signal);
    pump(request.scope);
    return promise;
  }

  function attachWaiter(entry: Entry, signal: AbortSignal | undefined): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        entry.waiters.delete(waiter);
        reject(abortedError(entry.request));
        if (entry.waiters.size === 0) abandon(entry);
      };
      const waiter: Waiter = {
        resolve,
        reject,
        detach: () => signal?.removeEventListener('abort', onAbort),
      };
      entry.waiters.add(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Nobody waits for this entry any more: drop it, or cancel it if already sent. */
  function abandon(entry: Entry): void {
    if (entry.running) {
      entry.controller.abort();
      return;
    }
    removeQueued(entry);
    forget(entry);
  }

  function removeQueued(entry: Entry): void {
    const list = queued.get(entry.request.scope)!;
    const index = list.indexOf(entry);
    if (index >= 0) list.splice(index, 1);
  }

  function forget(entry: Entry): void {
    if (entry.dedupeKey && inFlight.get(entry.dedupeKey) === entry) inFlight.delete(entry.dedupeKey);
  }

  function settle(entry: Entry, outcome: { value: unknown } | { error: unknown }): void {
    forget(entry);
    for (const waiter of entry.waiters) {
      waiter.detach();
      if ('value' in outcome) waiter.resolve(outcome.value);
      else waiter.reject(outcome.error);
    }
    entry.waiters.clear();
  }

  /** Starts whatever may start now in `scope`, and sets a timer for the next moment something may. */
  function pump(scope: ApiScope): void {
    const existing = timers.get(scope);
    if (existing !== undefined) clearTimeout(existing);
    timers.delete(scope);
    if (!loaded) return;

    const list = queued.get(scope)!;
    let wakeAt = Number.POSITIVE_INFINITY;
    while (list.length > 0 && running.get(scope)! < maxConcurrentPerScope) {
      const t = now();
      const blockedUntil = deadlines[scope] ?? 0;
      if (blockedUntil > t) {
        wakeAt = blockedUntil;
        break;
      }
      const next = pickNext(list, t);
      if (!next) {
        wakeAt = Math.min(...list.map((entry) => entry.notBefore));
        break;
      }
      removeQueued(next);
      start(next);
    }
    if (Number.isFinite(wakeAt)) {
      timers.set(
        scope,
        setTimeout(() => pump(scope), Math.max(0, wakeAt - now())),
      );
    }
  }

  /** Interactive before background; oldest first within a priority; skips entries backing off. */
  function pickNext(list: Entry[], t: number): Entry | undefined {
    let best: Entry | undefined;
    for (const entry of list) {
      if (entry.notBefore > t) continue;
      if (
        !best ||
        (entry.priority === 'interactive' && best.priority === 'background') ||
        (entry.priority === best.priority && entry.seq < best.seq)
      ) {
        best = entry;
      }
    }
    return best;
  }

  function start(entry: Entry): void {
    const { scope } = entry.request;
    entry.running = true;
    started.add(entry);
    entry.attempts += 1;
    running.set(scope, running.get(scope)! + 1);
    transport({ ...entry.request, priority: entry.priority, signal: entry.controller.signal }).then(
      (value) => finish(entry, { value }),
      (error: unknown) => finish(entry, { error }),
    );
  }

  function finish(entry: Entry, outcome: { value: unknown } | { error: unknown }): void {
    const { scope } = entry.request;
    entry.running = false;
    started.delete(entry);
    running.set(scope, running.get(scope)! - 1);

    if ('error' in outcome && entry.waiters.size > 0 && isLeadyError(outcome.error)) {
      const error = outcome.error;
      if (error.kind === 'throttled') {
        handleThrottle(entry, error);
      } else if (isRetryable(entry.request, error) && entry.attempts <= maxRetries) {
        entry.notBefore = now() + backoffDelay(entry.attempts - 1, retryBaseMs, retryMaxMs, random);
        requeue(entry);
      } else {
        settle(entry, outcome);
      }
    } else {
      settle(entry, outcome);
    }
    pump(scope);
  }

  function handleThrottle(entry: Entry, error: LeadyError): void {
    const { scope } = entry.request;
    const asked = error.retryAfterSeconds;
    const seconds =
      asked !== undefined && Number.isFinite(asked) && asked >= 0 ? asked : defaultThrottleSeconds;
    const waitMs = Math.min(seconds, maxThrottleSeconds) * 1000;
    const until = now() + waitMs;
    if (until > (deadlines[scope] ?? 0)) {
      deadlines[scope] = until;
      persistDeadlines();
    }
    entry.throttleRequeues += 1;
    const tooLongForAPerson = entry.priority === 'interactive' && throttledFor(scope) > maxInteractiveWaitMs;
    if (tooLongForAPerson || entry.throttleRequeues > maxThrottleRequeues) {
      settle(entry, { error: throttledError(entry.request, throttledFor(scope)) });
    } else {
      // The server refused before doing anything, so even a POST is safe to send again later.
      requeue(entry);
    }
  }

  function requeue(entry: Entry): void {
    // Waiters cancelled while it was running: nobody is left to answer.
    if (entry.waiters.size === 0) {
      forget(entry);
      return;
    }
    entry.controller = new AbortController();
    queued.get(entry.request.scope)!.push(entry);
  }

  function persistDeadlines(): void {
    const t = now();
    const live: ThrottleDeadlines = {};
    for (const scope of SCOPES) {
      const until = deadlines[scope];
      if (until !== undefined && until > t) live[scope] = until;
    }
    // Losing a deadline only risks one early request that earns another 429: never fatal.
    throttleStore.save(live).catch(recordFailure('queue.save-throttle'));
  }

  async function forgetThrottles(): Promise<void> {
    for (const scope of SCOPES) delete deadlines[scope];
    await throttleStore.save({}).catch(recordFailure('queue.forget-throttle'));
    for (const scope of SCOPES) pump(scope);
  }

  function clear(reason: LeadyError): void {
    for (const scope of SCOPES) {
      for (const entry of queued.get(scope)!.splice(0)) settle(entry, { error: reason });
    }
    for (const entry of started) {
      settle(entry, { error: reason });
      entry.controller.abort();
    }
  }

  return {
    send,
    throttledFor,
    clear,
    forgetThrottles,
    ready,
  };
}

function abortedError(request: ApiRequest): LeadyError {
  return new LeadyError({ kind: 'aborted', endpoint: request.endpoint, message: 'Request cancelled' });
}
