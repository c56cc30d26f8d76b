/** A fake `fetch` for API tests: records each request and answers with real Response objects. */
import { vi } from 'vitest';

interface RecordedCall {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
  init: RequestInit;
}

export type Responder = (call: RecordedCall) => Response | Promise<Response>;

export function fakeFetch(responder: Responder) {
  const calls: RecordedCall[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: RecordedCall = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      init,
    };
    calls.push(call);
    return responder(call);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls, mock: fetch };
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

/** Answers in order; fails the test loudly if more requests are made than answers given. */
export function sequence(...responses: (Response | (() => Response))[]): Responder {
  let index = 0;
  return (call) => {
    const next = responses[index++];
    if (next === undefined) throw new Error(`unexpected request ${call.method} ${call.url}`);
    return typeof next === 'function' ? next() : next;
  };
}

/** A fetch that never answers until its signal aborts, like a stalled connection. */
export const hang: Responder = (call) =>
  new Promise<Response>((_, reject) => {
    const signal = call.init.signal;
    if (!signal) return;
    signal.addEventListener(
      'abort',
      () => reject(signal.reason ?? new DOMException('aborted', 'AbortError')),
      {
        once: true,
      },
    );
  });
