import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LeadyError, type LeadyErrorKind } from '../../lib/shared/api/errors';
import type { ApiRequest, ApiScope } from '../../lib/shared/api/request';
import { createRequestQueue, type RequestQueueOptions } from '../../lib/worker/queue/request-queue';
import type { ThrottleDeadlines, ThrottleStore } from '../../lib/worker/queue/throttle-store';

/** The longest one Retry-After may close a scope (issue 12: one hour). */
const MAX_THROTTLE_SECONDS = 3_600;

/** Deadlines kept in memory, as the worker's storage-backed store keeps them across restarts. */
function createMemoryThrottleStore(initial: ThrottleDeadlines = {}): ThrottleStore {
  let saved = { ...initial };
  return {
    load: async () => ({ ...saved }),
    save: async (deadlines) => {
      saved = { ...deadlines };
    },
  };
}

type Reply = { value: unknown } | { error: LeadyError } | { pending: true };

/** A transport that answers from a script per URL and records what was sent, and when. */
function scriptedTransport(script: Record<string, Reply[]> = {}) {
  const sent: Array<{ url: string; at: number; priority?: string; signal?: AbortSignal }> = [];
  const held: Array<{ url: string; resolve: (v: unknown) => void }> = [];
  const transport = vi.fn(async (request: ApiRequest) => {
    sent.push({ url: request.url, at: Date.now(), priority: request.priority, signal: request.signal });
    const reply = script[request.url]?.shift() ?? { value: { ok: request.url } };
    if ('pending' in reply) {
      return new Promise((resolve, reject) => {
        held.push({ url: request.url, resolve });
        request.signal?.addEventListener('abort', () => reject(error('aborted')));
      });
    }
    if ('error' in reply) throw reply.error;
    return reply.value;
  });
  return { transport, sent, held };
}

function error(kind: LeadyErrorKind, extra: Partial<LeadyError> = {}): LeadyError {
  return new LeadyError({ kind, endpoint: 'test', message: kind, ...extra });
}

function req(url: string, extra: Partial<ApiRequest> = {}): ApiRequest {
  const scope: ApiScope = url.startsWith('s') ? 'sessions' : url.startsWith('c') ? 'companies' : 'lists';
  return { method: 'GET', url, scope, endpoint: 'test', auth: true, ...extra };
}

function makeQueue(transport: RequestQueueOptions['transport'], extra: Partial<RequestQueueOptions> = {}) {
  return createRequestQueue({
    transport,
    throttleStore: createMemoryThrottleStore(),
    random: () => 0.5,
    ...extra,
  });
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-27T10:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('throttling (429 + Retry-After)', () => {
  it('sends nothing to a throttled scope until Retry-After has passed, while other scopes keep flowing', async () => {
    const { transport, sent } = scriptedTransport({
      s1: [{ error: error('throttled', { retryAfterSeconds: 10 }) }, { value: 'sessions ok' }],
    });
    const queue = makeQueue(transport);
    await queue.ready;
    const start = Date.now();

    const sessions = queue.send(req('s1', { priority: 'background' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.throttledFor('sessions')).toBe(10_000);

    // Another scope is not stalled by the sessions throttle.
    await expect(queue.send(req('l1'))).resolves.toEqual({ ok: 'l1' });
    // A second sessions request waits too.
    const sessions2 = queue.send(req('s2', { priority: 'background' }));

    await vi.advanceTimersByTimeAsync(9_999);
    expect(sent.filter((s) => s.url.startsWith('s')).map((s) => s.url)).toEqual(['s1']);

    await vi.advanceTimersByTimeAsync(1);
    await expect(sessions).resolves.toBe('sessions ok');
    await expect(sessions2).resolves.toEqual({ ok: 's2' });
    const resent = sent.filter((s) => s.url === 's1');
    expect(resent[1]!.at - start).toBe(10_000);
  });

  it('tells a waiting person how long to wait instead of hanging behind a long throttle', async () => {
    const { transport, sent } = scriptedTransport({
      s1: [{ error: error('throttled', { retryAfterSeconds: 120 }) }],
    });
    const queue = makeQueue(transport, { maxInteractiveWaitMs: 15_000 });
    await queue.ready;

    const first = queue.send(req('s1'));
    await expect(first).rejects.toMatchObject({ kind: 'throttled', retryAfterSeconds: 120 });

    await vi.advanceTimersByTimeAsync(30_000);
    // Still 90 s to go: refused at once, without sending.
    await expect(queue.send(req('s2'))).rejects.toMatchObject({ kind: 'throttled', retryAfterSeconds: 90 });
    expect(sent.map((s) => s.url)).toEqual(['s1']);
  });

  it('uses the default wait when a 429 has no Retry-After', async () => {
    const { transport } = scriptedTransport({ s1: [{ error: error('throttled') }] });
    const queue = makeQueue(transport, { defaultThrottleSeconds: 42 });
    await queue.ready;
    queue.send(req('s1', { priority: 'background' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.throttledFor('sessions')).toBe(42_000);
  });

  it('gives up after a bounded number of 429s in a row', async () => {
    const storm = Array.from({ length: 10 }, () => ({ error: error('throttled', { retryAfterSeconds: 1 }) }));
    const { transport, sent } = scriptedTransport({ s1: storm });
    const queue = makeQueue(transport, { maxThrottleRequeues: 3 });
    await queue.ready;
    const result = queue.send(req('s1', { priority: 'background' }));
    const settled = result.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await settled).toMatchObject({ kind: 'throttled' });
    expect(sent).toHaveLength(4);
  });

  it('survives a worker restart: a new queue on the same store does not send early', async () => {
    const store = createMemoryThrottleStore();
    const first = scriptedTransport({ s1: [{ error: error('throttled', { retryAfterSeconds: 60 }) }] });
    const before = makeQueue(first.transport, { throttleStore: store });
    await before.ready;
    before.send(req('s1', { priority: 'background' })).catch(() => {});
    await vi.advanceTimersByTimeAsync(0);

    // The worker is stopped 20 s later and starts again with empty memory.
    await vi.advanceTimersByTimeAsync(20_000);
    const second = scriptedTransport();
    const after = makeQueue(second.transport, { throttleStore: store });
    const answer = after.send(req('s9', { priority: 'background' }));
    await after.ready;
    await vi.advanceTimersByTimeAsync(39_999);
    expect(second.sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toEqual({ ok: 's9' });
  });
});

describe('a Retry-After that would block for years (issue 12)', () => {
  const TEN_YEARS_S = 315_360_000;

  it('waits at most MAX_THROTTLE_SECONDS, then sends again', async () => {
    const { transport, sent } = scriptedTransport({
      s1: [{ error: error('throttled', { retryAfterSeconds: TEN_YEARS_S }) }, { value: 'sessions ok' }],
    });
    const queue = makeQueue(transport);
    await queue.ready;
    const answer = queue.send(req('s1', { priority: 'background' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.throttledFor('sessions')).toBe(MAX_THROTTLE_SECONDS * 1000);
    await vi.advanceTimersByTimeAsync(MAX_THROTTLE_SECONDS * 1000);
    await expect(answer).resolves.toBe('sessions ok');
    expect(sent.map((s) => s.url)).toEqual(['s1', 's1']);
  });

  it('caps a deadline an earlier worker saved before there was a cap', async () => {
    const store = createMemoryThrottleStore({ sessions: Date.now() + TEN_YEARS_S * 1000 });
    const queue = makeQueue(scriptedTransport().transport, { throttleStore: store });
    await queue.ready;
    expect(queue.throttledFor('sessions')).toBe(MAX_THROTTLE_SECONDS * 1000);
  });

  it('forgetThrottles() opens every scope and forgets the saved deadlines (sign-out, clear cache)', async () => {
    const store = createMemoryThrottleStore();
    const { transport, sent } = scriptedTransport({
      s1: [{ error: error('throttled', { retryAfterSeconds: 600 }) }],
    });
    const queue = makeQueue(transport, { throttleStore: store });
    await queue.ready;
    const waiting = queue.send(req('s1', { priority: 'background' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.throttledFor('sessions')).toBe(600_000);

    await queue.forgetThrottles();
    expect(queue.throttledFor('sessions')).toBe(0);
    expect(await store.load()).toEqual({});
    // What was waiting behind the deadline goes now, not in ten minutes.
    await vi.advanceTimersByTimeAsync(0);
    await expect(waiting).resolves.toEqual({ ok: 's1' });
    expect(sent).toHaveLength(2);
  });
});

describe('priorities and sharing', () => {
  it('sends a request a person waits for ahead of queued background sync', async () => {
    const { transport, sent, held } = scriptedTransport({ s0: [{ pending: true }] });
    const queue = makeQueue(transport, { maxConcurrentPerScope: 1 });
    await queue.ready;
    const blocker = queue.send(req('s0', { priority: 'background' }));
    const b1 = queue.send(req('s1', { priority: 'background' }));
    const b2 = queue.send(req('s2', { priority: 'background' }));
    const person = queue.send(req('s3', { priority: 'interactive' }));
    await vi.advanceTimersByTimeAsync(0);
    held[0]!.resolve('done');
    await Promise.all([blocker, b1, b2, person]);
    expect(sent.map((s) => s.url)).toEqual(['s0', 's3', 's1', 's2']);
  });

  it('shares identical GETs in flight instead of repeating them', async () => {
    const { transport, held } = scriptedTransport({ c1: [{ pending: true }] });
    const queue = makeQueue(transport);
    await queue.ready;
    const a = queue.send(req('c1'));
    const b = queue.send(req('c1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(transport).toHaveBeenCalledTimes(1);
    held[0]!.resolve({ id: 1 });
    expect(await a).toEqual({ id: 1 });
    expect(await b).toBe(await a);
    // Once answered, a new request goes out again.
    await queue.send(req('c1'));
    expect(transport).toHaveBeenCalledTimes(2);
  });

  it('never merges POSTs', async () => {
    const { transport } = scriptedTransport();
    const queue = makeQueue(transport);
    await queue.ready;
    await Promise.all([queue.send(req('l1', { method: 'POST' })), queue.send(req('l1', { method: 'POST' }))]);
    expect(transport).toHaveBeenCalledTimes(2);
  });

  it('upgrades a shared background request when a person starts waiting for it', async () => {
    const { transport, sent, held } = scriptedTransport({ s0: [{ pending: true }] });
    const queue = makeQueue(transport, { maxConcurrentPerScope: 1 });
    await queue.ready;
    const blocker = queue.send(req('s0', { priority: 'background' }));
    const other = queue.send(req('s1', { priority: 'background' }));
    const shared = queue.send(req('s2', { priority: 'background' }));
    const sameByPerson = queue.send(req('s2', { priority: 'interactive' }));
    await vi.advanceTimersByTimeAsync(0);
    held[0]!.resolve('x');
    await Promise.all([blocker, other, shared, sameByPerson]);
    expect(sent.map((s) => s.url)).toEqual(['s0', 's2', 's1']);
  });
});

describe('retries', () => {
  it('retries a GET after network errors and 5xx with growing delays, then succeeds', async () => {
    const { transport, sent } = scriptedTransport({
      c1: [{ error: error('network') }, { error: error('server', { status: 502 }) }, { value: 'finally' }],
    });
    const queue = makeQueue(transport, { retryBaseMs: 1000 });
    await queue.ready;
    const t0 = Date.now();
    const answer = queue.send(req('c1'));
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(answer).resolves.toBe('finally');
    // random() = 0.5 gives the nominal delay: 1 s, then 2 s.
    expect(sent.map((s) => s.at - t0)).toEqual([0, 1000, 3000]);
  });

  it('stops after a bounded number of attempts', async () => {
    const { transport } = scriptedTransport({
      c1: Array.from({ length: 10 }, () => ({ error: error('timeout') })),
    });
    const queue = makeQueue(transport, { maxRetries: 2 });
    await queue.ready;
    const answer = queue.send(req('c1')).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await answer).toMatchObject({ kind: 'timeout' });
    expect(transport).toHaveBeenCalledTimes(3);
  });

  it('never retries a POST blindly', async () => {
    const { transport } = scriptedTransport({ l1: [{ error: error('network') }, { value: 'twice!' }] });
    const queue = makeQueue(transport);
    await queue.ready;
    await expect(queue.send(req('l1', { method: 'POST' }))).rejects.toMatchObject({ kind: 'network' });
    expect(transport).toHaveBeenCalledTimes(1);
  });

  it('does not retry errors that will not change (401, 404, malformed)', async () => {
    for (const kind of ['unauthorized', 'not-found', 'malformed'] as const) {
      const { transport } = scriptedTransport({ c1: [{ error: error(kind) }] });
      const queue = makeQueue(transport);
      await queue.ready;
      await expect(queue.send(req('c1'))).rejects.toMatchObject({ kind });
      expect(transport).toHaveBeenCalledTimes(1);
    }
  });
});

describe('cancellation, clearing', () => {
  it('cancels a request when its only caller aborts, and rejects that caller', async () => {
    const { transport, sent, held } = scriptedTransport({ c1: [{ pending: true }] });
    const queue = makeQueue(transport);
    await queue.ready;
    const controller = new AbortController();
    const answer = queue.send(req('c1', { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await expect(answer).rejects.toMatchObject({ kind: 'aborted' });
    expect(sent[0]!.signal?.aborted).toBe(true);
    expect(held).toHaveLength(1);
  });

  it('keeps a shared request going when one of two callers aborts', async () => {
    const { transport, sent, held } = scriptedTransport({ c1: [{ pending: true }] });
    const queue = makeQueue(transport);
    await queue.ready;
    const controller = new AbortController();
    const leaving = queue.send(req('c1', { signal: controller.signal }));
    const staying = queue.send(req('c1'));
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await expect(leaving).rejects.toMatchObject({ kind: 'aborted' });
    expect(sent[0]!.signal?.aborted).toBe(false);
    held[0]!.resolve('kept');
    await expect(staying).resolves.toBe('kept');
  });

  it('clear() rejects everything queued and running (sign-out), and sends nothing of it', async () => {
    const { transport, sent } = scriptedTransport({ s0: [{ pending: true }] });
    const queue = makeQueue(transport, { maxConcurrentPerScope: 1 });
    await queue.ready;
    const running = queue.send(req('s0'));
    const waiting = queue.send(req('s1'));
    await vi.advanceTimersByTimeAsync(0);
    queue.clear(error('signed-out'));
    await expect(running).rejects.toMatchObject({ kind: 'signed-out' });
    await expect(waiting).rejects.toMatchObject({ kind: 'signed-out' });
    expect(sent[0]!.signal?.aborted).toBe(true);
    // The scope is free again and the cleared request is not sent later.
    await expect(queue.send(req('s2'))).resolves.toEqual({ ok: 's2' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent.map((s) => s.url)).toEqual(['s0', 's2']);
  });
});
