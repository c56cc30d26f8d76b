import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SandboxServer } from '../../sandbox/server';
import { call, start } from './helpers';

let sandbox: SandboxServer;

beforeAll(async () => {
  sandbox = await start({ scale: 200, email: 'obchod@firma.test', password: 'tajne heslo ' });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

const login = (body: unknown) => call(`${sandbox.url}api-token-get/`, null, { method: 'POST', body });

describe('api-token-get', () => {
  it('returns the user’s token for valid credentials (case-insensitive e-mail, exact password)', async () => {
    const res = await login({ email: 'Obchod@Firma.test', password: 'tajne heslo ' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ token: sandbox.token });
    expect(sandbox.token).toMatch(/^[0-9a-f]{40}$/);
  });

  it('rejects wrong credentials with DRF’s non_field_errors', async () => {
    const res = await login({ email: 'obchod@firma.test', password: 'tajne heslo' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ non_field_errors: ['Unable to log in with provided credentials.'] });
  });

  it('reports each missing or blank field', async () => {
    expect((await login({})).body).toEqual({
      email: ['This field is required.'],
      password: ['This field is required.'],
    });
    const blank = await login({ email: '  ', password: 'x' });
    expect(blank.status).toBe(400);
    expect(blank.body).toEqual({ email: ['This field may not be blank.'] });
  });

  it('accepts form-encoded bodies and refuses unsupported or broken ones', async () => {
    const form = await fetch(`${sandbox.url}api-token-get/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'obchod@firma.test', password: 'tajne heslo ' }),
    });
    expect(await form.json()).toEqual({ token: sandbox.token });

    const text = await fetch(`${sandbox.url}api-token-get/`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'email=x',
    });
    expect(text.status).toBe(415);
    expect(await text.json()).toEqual({ detail: 'Unsupported media type "text/plain" in request.' });

    const broken = await fetch(`${sandbox.url}api-token-get/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"email": ',
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { detail: string }).detail).toMatch(/^JSON parse error - /);
  });

  it('only allows POST', async () => {
    const res = await call(`${sandbox.url}api-token-get/`, null);
    expect(res.status).toBe(405);
    expect(res.body).toEqual({ detail: 'Method "GET" not allowed.' });
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
  });
});

describe('token authentication', () => {
  it('401 without credentials, with WWW-Authenticate: Token', async () => {
    const res = await call(`${sandbox.url}resources/`, null);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: 'Authentication credentials were not provided.' });
    expect(res.headers.get('www-authenticate')).toBe('Token');
  });

  it('401 Invalid token for an unknown token', async () => {
    const res = await call(`${sandbox.url}resources/`, 'f'.repeat(40));
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ detail: 'Invalid token.' });
    expect(res.headers.get('www-authenticate')).toBe('Token');
  });

  it('treats other schemes as missing and malformed Token headers like DRF', async () => {
    const bearer = await fetch(`${sandbox.url}resources/`, {
      headers: { Authorization: `Bearer ${sandbox.token}` },
    });
    expect(await bearer.json()).toEqual({ detail: 'Authentication credentials were not provided.' });
    const bare = await fetch(`${sandbox.url}resources/`, { headers: { Authorization: 'Token' } });
    expect(await bare.json()).toEqual({ detail: 'Invalid token header. No credentials provided.' });
    const spaced = await fetch(`${sandbox.url}resources/`, { headers: { Authorization: 'Token a b' } });
    expect(await spaced.json()).toEqual({
      detail: 'Invalid token header. Token string should not contain spaces.',
    });
  });

  it('accepts the "Token" keyword in any case', async () => {
    const res = await fetch(`${sandbox.url}resources/`, {
      headers: { Authorization: `token ${sandbox.token}` },
    });
    expect(res.status).toBe(200);
  });
});

describe('api-token-reset', () => {
  it('issues a new token and invalidates the old one at once', async () => {
    const reset = await call<{ token: string }>(`${sandbox.url}api-token-reset/`, sandbox.token, {
      method: 'POST',
    });
    expect(reset.status).toBe(200);
    const fresh = reset.body.token;
    expect(fresh).toMatch(/^[0-9a-f]{40}$/);
    expect(fresh).not.toBe(sandbox.token);

    const old = await call(`${sandbox.url}resources/`, sandbox.token);
    expect(old.status).toBe(401);
    expect(old.body).toEqual({ detail: 'Invalid token.' });
    expect((await call(`${sandbox.url}resources/`, fresh)).status).toBe(200);
    // Logging in again hands out the current token, not the old one.
    expect((await login({ email: 'obchod@firma.test', password: 'tajne heslo ' })).body).toEqual({
      token: fresh,
    });
  });

  it('needs a valid token itself', async () => {
    const res = await call(`${sandbox.url}api-token-reset/`, null, { method: 'POST' });
    expect(res.status).toBe(401);
  });

  it('POST /__sandbox/reset brings the initial token back', async () => {
    await call(`${sandbox.url}api-token-reset/`, sandbox.token, { method: 'POST' });
    const res = await call(`${sandbox.origin}/__sandbox/reset`, null, { method: 'POST' });
    expect(res.body).toEqual({ token: sandbox.token });
    expect((await call(`${sandbox.url}resources/`, sandbox.token)).status).toBe(200);
  });
});
