import { describe, expect, it, vi } from 'vitest';
import { isLeadyError, type LeadyError } from '../../lib/shared/api/errors';
import type { ApiRequest } from '../../lib/shared/api/request';
import { outcomeOfFailure } from '../../lib/shared/blacklist/outbox-rules';
import { createFetchTransport } from '../../lib/worker/api/fetch-transport';
import { fakeFetch, hang, json, type Responder, sequence } from './fake-fetch';

const TOKEN = 'tok-3f9a1c5e7b';
const URL_ = 'https://api.leady.com/v1/resources/';

function request(overrides: Partial<ApiRequest> = {}): ApiRequest {
  return { method: 'GET', url: URL_, scope: 'lists', endpoint: 'resources.list', auth: true, ...overrides };
}

function setup(
  responder: Responder,
  options: { token?: string | undefined; timeoutMs?: number; now?: () => number } = {},
) {
  const fake = fakeFetch(responder);
  const getToken = vi.fn(async () => ('token' in options ? options.token : TOKEN));
  const transport = createFetchTransport({
    getToken,
    fetch: fake.fetch,
    timeoutMs: options.timeoutMs,
    now: options.now,
  });
  return { ...fake, getToken, transport };
}

async function failure(promise: Promise<unknown>): Promise<LeadyError> {
  try {
    await promise;
  } catch (error) {
    if (isLeadyError(error)) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('fetch transport: sending', () => {
  it('sends JSON headers and the token', async () => {
    const { transport, calls } = setup(() => json({ ok: 1 }));
    await expect(transport(request())).resolves.toEqual({ ok: 1 });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe(URL_);
    expect(call?.method).toBe('GET');
    expect(call?.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(call?.headers.get('accept')).toBe('application/json');
    expect(call?.headers.get('authorization')).toBe(`Token ${TOKEN}`);
    expect(call?.body).toBeUndefined();
  });

  it('sends a POST body as JSON', async () => {
    const { transport, calls } = setup(() => json({ id: 1 }, { status: 201 }));
    await transport(request({ method: 'POST', endpoint: 'blacklist.add', body: { company: 7 } }));
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.body).toBe('{"company":7}');
    expect(calls[0]?.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('refuses redirects and cookies, so the token goes nowhere else and no CSRF check applies', async () => {
    const { transport, calls } = setup(() => json({}));
    await transport(request());
    expect(calls[0]?.init.redirect).toBe('error');
    expect(calls[0]?.init.credentials).toBe('omit');
  });

  it('sends no Authorization header and does not read the token when auth is false', async () => {
    const { transport, calls, getToken } = setup(() => json({ token: 'x' }));
    await transport(
      request({ method: 'POST', endpoint: 'auth.token-get', scope: 'auth', auth: false, body: {} }),
    );
    expect(calls[0]?.headers.has('authorization')).toBe(false);
    expect(getToken).not.toHaveBeenCalled();
  });

  it.each([undefined, ''])('fails signed-out without sending when the token is %j', async (token) => {
    const { transport, calls } = setup(() => json({}), { token });
    const error = await failure(transport(request()));
    expect(error.kind).toBe('signed-out');
    expect(error.endpoint).toBe('resources.list');
    expect(calls).toHaveLength(0);
  });
});

describe('fetch transport: successful bodies', () => {
  it('returns null for 204 and for an empty 2xx body', async () => {
    const { transport } = setup(
      sequence(new Response(null, { status: 204 }), new Response('', { status: 200 })),
    );
    await expect(transport(request({ method: 'DELETE' }))).resolves.toBeNull();
    await expect(transport(request())).resolves.toBeNull();
  });

  it('parses JSON even without a JSON content type', async () => {
    const { transport } = setup(
      () => new Response('{"a":[1,2]}', { status: 200, headers: { 'content-type': 'text/plain' } }),
    );
    await expect(transport(request())).resolves.toEqual({ a: [1, 2] });
  });

  it.each([
    ['an HTML page', '<html><body>Login to Wi-Fi</body></html>', 'text/html'],
    ['truncated JSON', '{"next": null, "results": [{"id": 1}, {"id"', 'application/json'],
    ['a bare word', 'undefined', 'application/json'],
  ])('turns %s in a 2xx into malformed', async (_, body, type) => {
    const { transport } = setup(() => new Response(body, { status: 200, headers: { 'content-type': type } }));
    const error = await failure(transport(request()));
    expect(error.kind).toBe('malformed');
    expect(error.status).toBe(200);
    expect(error.message).toContain('resources.list');
    expect(error.message).toContain('not valid JSON');
    expect(error.message).toContain(type);
  });

  it.each([
    ['null', null],
    ['true', true],
    ['"ok"', 'ok'],
  ])('returns a valid JSON scalar %s as it is', async (body, expected) => {
    const { transport } = setup(() => new Response(body, { status: 200 }));
    await expect(transport(request())).resolves.toEqual(expected);
  });

  it('reports a truncated body on a successful POST as an unknown outcome (the outbox checks the list)', async () => {
    const { transport } = setup(() => new Response('{"id": 5, "comp', { status: 201 }));
    const error = await failure(
      transport(request({ method: 'POST', endpoint: 'blacklist.add', body: { company: 7 } })),
    );
    expect(error).toMatchObject({ kind: 'malformed', status: 201 });
    expect(outcomeOfFailure(error)).toBe('unknown');
  });

  it('does not quote a truncated body (it may hold part of a token)', async () => {
    const { transport } = setup(() => new Response('{"token": "9944b09199c62bcf94', { status: 200 }));
    const error = await failure(
      transport(request({ method: 'POST', endpoint: 'auth.token-get', auth: false })),
    );
    expect(error.kind).toBe('malformed');
    expect(error.message).not.toContain('9944b0');
  });
});

describe('fetch transport: HTTP errors', () => {
  it('maps 400 non_field_errors on api-token-get to bad-credentials', async () => {
    const message = 'Unable to log in with provided credentials.';
    const { transport } = setup(() => json({ non_field_errors: [message] }, { status: 400 }));
    const error = await failure(
      transport(request({ method: 'POST', endpoint: 'auth.token-get', auth: false })),
    );
    expect(error).toMatchObject({
      kind: 'bad-credentials',
      status: 400,
      apiMessage: message,
      endpoint: 'auth.token-get',
    });
  });

  it('maps 400 field errors on api-token-get to validation', async () => {
    const { transport } = setup(() => json({ email: ['This field is required.'] }, { status: 400 }));
    const error = await failure(
      transport(request({ method: 'POST', endpoint: 'auth.token-get', auth: false })),
    );
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors).toEqual({ email: ['This field is required.'] });
  });

  it('maps other 400s to validation with field errors and the API message', async () => {
    const { transport } = setup(
      sequence(
        json({ company: ['Company is already blacklisted.'] }, { status: 400 }),
        json({ non_field_errors: ['Bad period.'], period_start: 'Invalid.' }, { status: 400 }),
        json({ detail: 'Bad request.' }, { status: 400 }),
        json({ company: { id: ['Unknown.'] } }, { status: 400 }),
        new Response('Bad Request', { status: 400 }),
      ),
    );
    const first = await failure(
      transport(request({ method: 'POST', endpoint: 'blacklist.add', body: { company: 7 } })),
    );
    expect(first).toMatchObject({
      kind: 'validation',
      status: 400,
      fieldErrors: { company: ['Company is already blacklisted.'] },
    });
    expect(first.apiMessage).toBeUndefined();
    const second = await failure(transport(request()));
    expect(second.apiMessage).toBe('Bad period.');
    expect(second.fieldErrors).toEqual({ non_field_errors: ['Bad period.'], period_start: ['Invalid.'] });
    const third = await failure(transport(request()));
    expect(third).toMatchObject({ kind: 'validation', apiMessage: 'Bad request.' });
    expect(third.fieldErrors).toBeUndefined();
    expect((await failure(transport(request()))).fieldErrors).toEqual({ 'company.id': ['Unknown.'] });
    expect(await failure(transport(request()))).toMatchObject({ kind: 'validation', status: 400 });
  });

  it.each([
    [401, { detail: 'Invalid token.' }, 'unauthorized'],
    [403, { detail: 'You do not have permission to perform this action.' }, 'forbidden'],
    [404, { detail: 'Not found.' }, 'not-found'],
  ] as const)('maps %i to %s with the detail as API message', async (status, body, kind) => {
    const { transport } = setup(() =>
      json(body, { status, headers: status === 401 ? { 'www-authenticate': 'Token' } : {} }),
    );
    const error = await failure(transport(request()));
    expect(error).toMatchObject({ kind, status, apiMessage: body.detail, endpoint: 'resources.list' });
    expect(error.message).toContain(`GET ${URL_}`);
    expect(error.message).toContain(String(status));
  });

  it.each([
    [
      'an HTML 502 from a proxy',
      new Response('<html><h1>502 Bad Gateway</h1></html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'content-type': 'text/html' },
      }),
      502,
    ],
    ['an empty 503', new Response(null, { status: 503 }), 503],
    ['a JSON 500', json({ detail: 'Server error.' }, { status: 500 }), 500],
  ])('maps %s to server with its status', async (_, response, status) => {
    const { transport, calls } = setup(() => response);
    const error = await failure(transport(request()));
    expect(error.kind).toBe('server');
    expect(error.status).toBe(status);
    // ofetch would retry a GET on 5xx by itself; the queue owns retries, so exactly one request.
    expect(calls).toHaveLength(1);
  });

  it('reads a DRF error body whatever its content type says', async () => {
    const { transport } = setup(
      () =>
        new Response('{"company": ["Company is already blacklisted."]}', {
          status: 400,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
    );
    const error = await failure(transport(request({ method: 'POST', endpoint: 'blacklist.add' })));
    expect(error.fieldErrors).toEqual({ company: ['Company is already blacklisted.'] });
  });

  it('maps an unexpected 405 to malformed', async () => {
    const { transport } = setup(() => json({ detail: 'Method "DELETE" not allowed.' }, { status: 405 }));
    expect(await failure(transport(request()))).toMatchObject({ kind: 'malformed', status: 405 });
  });
});

describe('fetch transport: throttling', () => {
  const throttled = (headers: Record<string, string>, detail?: string) =>
    json(detail ? { detail } : {}, { status: 429, headers });

  it('reads Retry-After as seconds', async () => {
    const { transport, calls } = setup(() => throttled({ 'retry-after': '17' }));
    const error = await failure(transport(request()));
    expect(error).toMatchObject({ kind: 'throttled', status: 429, retryAfterSeconds: 17 });
    expect(calls).toHaveLength(1);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    const { transport } = setup(() => throttled({ 'retry-after': 'Fri, 27 Nov 2026 10:01:30 GMT' }), {
      now: () => now,
    });
    expect((await failure(transport(request()))).retryAfterSeconds).toBe(90);
  });

  it('treats a Retry-After date in the past as zero', async () => {
    const { transport } = setup(() => throttled({ 'retry-after': 'Fri, 27 Nov 2026 09:00:00 GMT' }), {
      now: () => Date.parse('2026-11-27T10:00:00Z'),
    });
    expect((await failure(transport(request()))).retryAfterSeconds).toBe(0);
  });

  it('falls back to the DRF detail, then to unknown', async () => {
    const detail = 'Request was throttled. Expected available in 42 seconds.';
    const { transport } = setup(
      sequence(
        throttled({}, detail),
        throttled({ 'retry-after': 'soon' }, detail),
        throttled({}, 'Slow down.'),
        throttled({}),
      ),
    );
    expect(await failure(transport(request()))).toMatchObject({ retryAfterSeconds: 42, apiMessage: detail });
    expect((await failure(transport(request()))).retryAfterSeconds).toBe(42);
    const unknown = await failure(transport(request()));
    expect(unknown.kind).toBe('throttled');
    expect(unknown.retryAfterSeconds).toBeUndefined();
    expect((await failure(transport(request()))).retryAfterSeconds).toBeUndefined();
  });
});

describe('fetch transport: no answer', () => {
  it('maps a rejected fetch to network, once, keeping the cause', async () => {
    const cause = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    const { transport, calls } = setup(() => {
      throw new TypeError('fetch failed', { cause });
    });
    const error = await failure(transport(request()));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('resources.list');
    expect(calls).toHaveLength(1);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('maps a connection reset while reading the body to network', async () => {
    const { transport } = setup(() => {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"next": null, "res'));
          controller.error(new Error('socket hang up'));
        },
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    });
    expect((await failure(transport(request()))).kind).toBe('network');
  });

  it('maps a request that takes too long to timeout', async () => {
    const { transport } = setup(hang, { timeoutMs: 20 });
    const error = await failure(transport(request()));
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain(URL_);
  });

  it('times out also when the caller passes a signal (the queue always does)', async () => {
    const { transport } = setup(hang, { timeoutMs: 20 });
    const error = await failure(transport(request({ signal: new AbortController().signal })));
    expect(error.kind).toBe('timeout');
  });

  it('times out a response whose body stalls after the headers', async () => {
    // Like a real fetch, aborting the request's signal errors a body still being read.
    const { transport } = setup(
      (call) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"next": null, '));
              call.init.signal?.addEventListener('abort', () => controller.error(call.init.signal?.reason));
            },
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
      { timeoutMs: 20 },
    );
    expect((await failure(transport(request()))).kind).toBe('timeout');
  });

  it('maps a caller abort during the request to aborted, not timeout', async () => {
    const controller = new AbortController();
    const { transport } = setup(hang, { timeoutMs: 5_000 });
    const pending = transport(request({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 10);
    expect((await failure(pending)).kind).toBe('aborted');
  });

  it('does not send an already aborted request', async () => {
    const controller = new AbortController();
    controller.abort();
    const { transport, calls, getToken } = setup(() => json({}));
    expect((await failure(transport(request({ signal: controller.signal })))).kind).toBe('aborted');
    expect(calls).toHaveLength(0);
    expect(getToken).not.toHaveBeenCalled();
  });

  it('does not send when the caller aborts while the token is being read', async () => {
    const controller = new AbortController();
    const fake = fakeFetch(() => json({}));
    const transport = createFetchTransport({
      fetch: fake.fetch,
      getToken: async () => {
        controller.abort();
        return TOKEN;
      },
    });
    expect((await failure(transport(request({ signal: controller.signal })))).kind).toBe('aborted');
    expect(fake.calls).toHaveLength(0);
  });

  it('passes a signal to fetch even when the caller gives none (for the time limit)', async () => {
    const { transport, calls } = setup(() => json({}));
    await transport(request());
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
  });
});

describe('fetch transport: the token stays out of errors', () => {
  const responders: [string, Responder][] = [
    ['401 echoing the token', () => json({ detail: `Invalid token ${TOKEN}.` }, { status: 401 })],
    ['400 echoing the token', () => json({ non_field_errors: [`bad ${TOKEN}`] }, { status: 400 })],
    [
      'network error naming it',
      () => {
        throw new TypeError(`fetch failed for Token ${TOKEN}`);
      },
    ],
    ['HTML 502', () => new Response(`<p>${TOKEN}</p>`, { status: 502 })],
    ['malformed 200', () => new Response(`{"x": "${TOKEN}`, { status: 200 })],
    ['429', () => json({ detail: `${TOKEN} throttled` }, { status: 429 })],
  ];

  it.each(responders)('%s', async (_, responder) => {
    const { transport } = setup(responder);
    const error = await failure(transport(request()));
    expect(error.message).not.toContain(TOKEN);
    expect(error.apiMessage ?? '').not.toContain(TOKEN);
    expect(JSON.stringify(error.toJSON())).not.toContain(TOKEN);
  });
});
