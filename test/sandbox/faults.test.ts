import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseFaultFlag, parseFaultSpec } from '../../sandbox/faults/parse';
import type { SandboxServer } from '../../sandbox/server';
import { call, type Json, type Page, start } from './helpers';

let sandbox: SandboxServer;
let sessionsUrl: string;

beforeAll(async () => {
  sandbox = await start({ scale: 300 });
  sessionsUrl = `${sandbox.url}resources/techmont.cz/sessions/?page_size=3`;
});
afterAll(() => sandbox.close());
afterEach(() => sandbox.faults.clear());

const authed = (url: string, init: RequestInit = {}) =>
  fetch(url, { ...init, headers: { Authorization: `Token ${sandbox.token}`, ...init.headers } });

function companyUrl(): string {
  const company = sandbox.data.companies[0];
  return `${sandbox.url}companies/${company?.id}/?secure_token=${company?.secureToken}`;
}

describe('fault kinds', () => {
  it('latency delays the response', async () => {
    sandbox.faults.add({ kind: 'latency', ms: 150 });
    const started = performance.now();
    const res = await authed(sessionsUrl);
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('html-5xx answers with a proxy error page', async () => {
    sandbox.faults.add({ kind: 'html-5xx' });
    const res = await authed(sessionsUrl);
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<html>');
    expect(html).toContain('502 Bad Gateway');
    sandbox.faults.clear();
    sandbox.faults.add({ kind: 'html-5xx', status: 504 });
    expect(await (await authed(sessionsUrl)).text()).toContain('504 Gateway Timeout');
  });

  it('empty-5xx answers with no body', async () => {
    sandbox.faults.add({ kind: 'empty-5xx', status: 500 });
    const res = await authed(sessionsUrl);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-length')).toBe('0');
    expect(await res.text()).toBe('');
  });

  it('malformed-json keeps 200 but truncates the body', async () => {
    const real = await (await authed(sessionsUrl)).text();
    sandbox.faults.add({ kind: 'malformed-json' });
    const res = await authed(sessionsUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const text = await res.text();
    expect(text.length).toBeLessThan(real.length);
    expect(real.startsWith(text)).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('wrong-shape returns valid JSON of the wrong shape', async () => {
    sandbox.faults.add({ kind: 'wrong-shape', times: 1 });
    const asObject = (await (await authed(sessionsUrl)).json()) as Json;
    expect(Array.isArray(asObject.results)).toBe(false);
    expect(typeof asObject.results).toBe('object');

    sandbox.faults.add({ kind: 'wrong-shape', shape: 'wrong-types', times: 1 });
    const flipped = (await (await authed(sessionsUrl)).json()) as Page;
    expect(Array.isArray(flipped.results)).toBe(true);
    expect(typeof flipped.results[0]?.id).toBe('string');
    expect(typeof flipped.results[0]?.first_timestamp).toBe('number');

    sandbox.faults.add({ kind: 'wrong-shape', times: 1 });
    const detail = (await (await authed(companyUrl())).json()) as Json;
    expect(typeof detail.id).toBe('string');
    expect(typeof detail.phones).toBe('string');

    sandbox.faults.add({ kind: 'wrong-shape', shape: 'null', times: 1 });
    expect(await (await authed(sessionsUrl)).json()).toBeNull();
  });

  it('throttle storms one scope with 429 and Retry-After, leaving the others alone', async () => {
    sandbox.faults.add({ kind: 'throttle', scope: 'sessions', retryAfter: 17 });
    for (let i = 0; i < 3; i++) {
      const res = await call(sessionsUrl, sandbox.token);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('17');
      expect(res.body).toEqual({ detail: 'Request was throttled. Expected available in 17 seconds.' });
    }
    expect((await call(companyUrl(), sandbox.token)).status).toBe(200);
    expect((await call(`${sandbox.url}resources/`, sandbox.token)).status).toBe(200);
  });

  it('drop destroys the connection without a response', async () => {
    sandbox.faults.add({ kind: 'drop', times: 1 });
    await expect(authed(sessionsUrl)).rejects.toThrow();
    expect((await authed(sessionsUrl)).status).toBe(200);
  });
});

describe('fault targeting', () => {
  it('times limits a fault to the next N matching requests', async () => {
    const [fault] = sandbox.faults.add({ kind: 'empty-5xx', times: 2 });
    expect(fault?.remaining).toBe(2);
    expect((await authed(sessionsUrl)).status).toBe(503);
    expect((await authed(sessionsUrl)).status).toBe(503);
    expect((await authed(sessionsUrl)).status).toBe(200);
    expect(sandbox.faults.list()).toEqual([]);
  });

  it('path globs pick endpoints; method narrows further', async () => {
    sandbox.faults.add({ kind: 'html-5xx', path: 'resources/*/sessions/' });
    expect((await authed(sessionsUrl)).status).toBe(502);
    expect((await authed(`${sandbox.url}sessions/${sandbox.data.sessions.firstId}/`)).status).toBe(200);
    expect((await authed(`${sandbox.url}resources/`)).status).toBe(200);
    sandbox.faults.clear();

    sandbox.faults.add({ kind: 'empty-5xx', path: 'sessions/**' });
    expect((await authed(`${sandbox.url}sessions/${sandbox.data.sessions.firstId}/actions/`)).status).toBe(
      503,
    );
    sandbox.faults.clear();

    sandbox.faults.add({ kind: 'empty-5xx', path: '/v1/blacklist/', method: 'POST' });
    expect((await authed(`${sandbox.url}blacklist/`)).status).toBe(200);
    const post = await authed(`${sandbox.url}blacklist/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBe(503);
  });
});

describe('control endpoints', () => {
  const faultsUrl = () => `${sandbox.origin}/__sandbox/faults`;

  it('POST adds faults (one, a list or {faults}), GET lists them, DELETE clears', async () => {
    const one = await call<{ faults: Json[] }>(faultsUrl(), null, {
      method: 'POST',
      body: { kind: 'throttle', scope: 'companies', retryAfter: 5 },
    });
    expect(one.status).toBe(201);
    expect(one.body.faults[0]).toMatchObject({
      id: expect.any(Number),
      kind: 'throttle',
      scope: 'companies',
    });
    await call(faultsUrl(), null, { method: 'POST', body: [{ kind: 'latency', ms: 1 }] });
    await call(faultsUrl(), null, { method: 'POST', body: { faults: [{ kind: 'drop', path: 'nowhere/' }] } });
    expect((await call<{ faults: Json[] }>(faultsUrl(), null)).body.faults).toHaveLength(3);
    expect((await call(companyUrl(), sandbox.token)).status).toBe(429);

    const removeOne = await call(`${faultsUrl()}/${one.body.faults[0]?.id}`, null, { method: 'DELETE' });
    expect(removeOne.status).toBe(204);
    expect((await call(companyUrl(), sandbox.token)).status).toBe(200);

    expect((await call(faultsUrl(), null, { method: 'DELETE' })).status).toBe(204);
    expect(sandbox.faults.list()).toEqual([]);
  });

  it('rejects invalid fault specs with a message', async () => {
    const badKind = await call(faultsUrl(), null, { method: 'POST', body: { kind: 'explode' } });
    expect(badKind.status).toBe(400);
    expect((badKind.body as { detail: string }).detail).toMatch(/kind/);
    const badField = await call(faultsUrl(), null, { method: 'POST', body: { kind: 'latency', delay: 5 } });
    expect((badField.body as { detail: string }).detail).toMatch(/Unknown fault field "delay"/);
    const notJson = await fetch(faultsUrl(), { method: 'POST', body: 'latency' });
    expect(notJson.status).toBe(400);
  });

  it('are never faulted themselves and need no auth', async () => {
    sandbox.faults.add({ kind: 'drop', path: '/**' });
    const info = await call<Json>(`${sandbox.origin}/__sandbox/`, null);
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ api: sandbox.url, email: 'demo@leady.test', token: sandbox.token });
  });
});

describe('fault spec parsing', () => {
  it('reads the --fault flag forms', () => {
    expect(parseFaultFlag('drop')).toEqual({ kind: 'drop' });
    expect(parseFaultFlag('latency:ms=800')).toEqual({ kind: 'latency', ms: 800 });
    expect(parseFaultFlag('html-5xx:scope=sessions,status=504,times=3')).toEqual({
      kind: 'html-5xx',
      scope: 'sessions',
      status: 504,
      times: 3,
    });
    expect(parseFaultFlag('throttle:path=persons/**,retryAfter=20,method=get')).toEqual({
      kind: 'throttle',
      path: 'persons/**',
      retryAfter: 20,
      method: 'GET',
    });
    expect(parseFaultFlag('{"kind":"wrong-shape","shape":"empty-object"}')).toEqual({
      kind: 'wrong-shape',
      shape: 'empty-object',
    });
  });

  it('rejects bad values', () => {
    expect(() => parseFaultFlag('latency:ms')).toThrow(/key=value/);
    expect(() => parseFaultSpec({ kind: 'html-5xx', status: 404 })).toThrow(/status/);
    expect(() => parseFaultSpec({ kind: 'throttle', scope: 'everything' })).toThrow(/scope/);
    expect(() => parseFaultSpec({ kind: 'wrong-shape', shape: 'square' })).toThrow(/shape/);
    expect(() => sandbox.faults.add({ kind: 'drop', times: 0 })).toThrow(/times/);
  });
});
