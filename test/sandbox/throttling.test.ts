import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxServer } from '../../sandbox/server';
import { parseRate } from '../../sandbox/throttle/rate';
import { call, start } from './helpers';

describe('parseRate', () => {
  it('reads DRF rates and multiplied periods', () => {
    expect(parseRate('60/min')).toMatchObject({ requests: 60, seconds: 60 });
    expect(parseRate('5/10s')).toMatchObject({ requests: 5, seconds: 10 });
    expect(parseRate('2/5min')).toMatchObject({ requests: 2, seconds: 300 });
    expect(parseRate('1000/hour')).toMatchObject({ requests: 1000, seconds: 3600 });
    expect(parseRate('100/day')).toMatchObject({ requests: 100, seconds: 86_400 });
    expect(parseRate('3/s')).toMatchObject({ requests: 3, seconds: 1 });
  });

  it('rejects malformed rates', () => {
    for (const bad of ['60', '60/fortnight', '/min', '0/min', 'x/min', '5/0s']) {
      expect(() => parseRate(bad), bad).toThrow(/Invalid rate/);
    }
  });
});

describe('scoped throttling', () => {
  let sandbox: SandboxServer;

  beforeAll(async () => {
    sandbox = await start({ scale: 300, rates: { sessions: '2/min', auth: '3/10s' } });
  });
  afterAll(() => sandbox.close());
  afterEach(() => sandbox.reset());

  const sessions = () => call(`${sandbox.url}resources/techmont.cz/sessions/?page_size=1`, sandbox.token);

  it('throttles one scope with Retry-After while the other scopes are still served', async () => {
    expect((await sessions()).status).toBe(200);
    expect((await sessions()).status).toBe(200);
    const throttled = await sessions();
    expect(throttled.status).toBe(429);
    // DRF's estimate: the rest of the window since the oldest request, rounded up (60 unless slow).
    const wait = Number(throttled.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(58);
    expect(wait).toBeLessThanOrEqual(60);
    expect(throttled.body).toEqual({
      detail: `Request was throttled. Expected available in ${wait} seconds.`,
    });

    // Actions share the sessions scope…
    const firstId = sandbox.data.sessions.firstId;
    expect((await call(`${sandbox.url}sessions/${firstId}/actions/`, sandbox.token)).status).toBe(429);
    // …companies and lists do not.
    const company = sandbox.data.companies[0];
    const detail = await call(
      `${sandbox.url}companies/${company?.id}/?secure_token=${company?.secureToken}`,
      sandbox.token,
    );
    expect(detail.status).toBe(200);
    expect((await call(`${sandbox.url}resources/`, sandbox.token)).status).toBe(200);
    expect((await call(`${sandbox.url}turnovers/`, sandbox.token)).status).toBe(200);
  });

  it('authenticates before throttling, so a bad token is 401, not 429', async () => {
    await sessions();
    await sessions();
    expect((await call(`${sandbox.url}resources/techmont.cz/sessions/`, 'bad')).status).toBe(401);
  });

  it('throttles token calls (login and reset together) per client address', async () => {
    const login = () =>
      call(`${sandbox.url}api-token-get/`, null, {
        method: 'POST',
        body: { email: 'demo@leady.test', password: 'leady-demo' },
      });
    expect((await login()).status).toBe(200);
    expect((await login()).status).toBe(200);
    // A token reset counts against the same per-address limit as logging in.
    const reset = await call(`${sandbox.url}api-token-reset/`, sandbox.token, { method: 'POST' });
    expect(reset.status).toBe(200);
    const throttled = await login();
    expect(throttled.status).toBe(429);
    const wait = Number(throttled.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(8);
    expect(wait).toBeLessThanOrEqual(10);
    expect(throttled.body).toEqual({
      detail: `Request was throttled. Expected available in ${wait} seconds.`,
    });
  });

  it('sandbox reset clears the throttle history', async () => {
    await sessions();
    await sessions();
    expect((await sessions()).status).toBe(429);
    sandbox.reset();
    expect((await sessions()).status).toBe(200);
  });
});

describe('default rates', () => {
  it('throttle nothing', async () => {
    const sandbox = await start({ scale: 100 });
    try {
      const results = await Promise.all(
        Array.from({ length: 40 }, () =>
          call(`${sandbox.url}resources/techmont.cz/sessions/`, sandbox.token),
        ),
      );
      expect(results.every((r) => r.status === 200)).toBe(true);
    } finally {
      await sandbox.close();
    }
  });
});
