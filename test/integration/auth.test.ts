import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { resourcesItem } from '../../lib/runtime/storage-items';
import type { BackgroundEvent } from '../../lib/shared/messaging/protocol/events';
import {
  accountItem,
  blacklistItem,
  newCompaniesItem,
  throttleItem,
  tokenItem,
} from '../../lib/worker/account-items';
import { createSyncer } from '../../lib/worker/sync/syncer';
import { FIXED_NOW } from '../clock';
import { backgroundAgainstSandbox, DEMO_EMAIL, DEMO_PASSWORD } from './helpers';

let bg: Awaited<ReturnType<typeof backgroundAgainstSandbox>> | undefined;
afterEach(async () => {
  await bg?.close();
  bg = undefined;
});

describe('signing in and out against the sandbox', () => {
  it('stores the token only in the background’s storage and reports the account', async () => {
    bg = await backgroundAgainstSandbox();
    const events: BackgroundEvent[] = [];
    bg.events.on((event) => events.push(event));
    const status = await bg.auth.signIn(` ${DEMO_EMAIL} `, DEMO_PASSWORD);
    expect(status).toEqual({ state: 'signed-in', email: DEMO_EMAIL, apiBaseUrl: bg.sandbox.url });
    const token = await tokenItem.getValue();
    expect(token).toMatch(/^[0-9a-f]{40}$/);
    // Not in extension storage, which Firefox cannot close to content scripts (issue 12).
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toContain(String(token));
    expect(events).toContainEqual({ event: 'auth.changed', status });
  });

  it('reports wrong credentials with the API’s message and stays signed out', async () => {
    bg = await backgroundAgainstSandbox();
    await expect(bg.auth.signIn(DEMO_EMAIL, 'nope')).rejects.toMatchObject({
      kind: 'bad-credentials',
      apiMessage: 'Unable to log in with provided credentials.',
    });
    expect((await bg.auth.status()).state).toBe('signed-out');
    expect(await tokenItem.getValue()).toBeNull();
  });

  it('accepts a pasted token after checking it, and refuses a wrong one', async () => {
    bg = await backgroundAgainstSandbox();
    await expect(bg.auth.signInWithToken('0123456789abcdef0123456789abcdef01234567')).rejects.toMatchObject({
      kind: 'bad-credentials',
    });
    await expect(bg.auth.signInWithToken('not a token')).rejects.toMatchObject({ kind: 'validation' });
    expect((await bg.auth.status()).state).toBe('signed-out');
    const status = await bg.auth.signInWithToken(`Token ${bg.sandbox.token}`);
    expect(status.state).toBe('signed-in');
    expect(await tokenItem.getValue()).toBe(bg.sandbox.token);
  });

  it('replaces the token on reset; the old one stops working', async () => {
    bg = await backgroundAgainstSandbox();
    await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
    const before = await tokenItem.getValue();
    await bg.auth.resetToken();
    const after = await tokenItem.getValue();
    expect(after).not.toBe(before);
    const old = await fetch(`${bg.sandbox.url}resources/`, { headers: { Authorization: `Token ${before}` } });
    expect(old.status).toBe(401);
    await expect((await bg.services.client()).listResources()).resolves.toBeDefined();
  });

  it('on a 401 mid-session: clears the token, marks the account expired, keeps the cache', async () => {
    bg = await backgroundAgainstSandbox();
    await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
    await createSyncer(bg.services).syncNow();
    const cached = await (await bg.services.cache()).count('companies');
    // The token is reset elsewhere (another integration, the Leady web app).
    const token = await tokenItem.getValue();
    await fetch(`${bg.sandbox.url}api-token-reset/`, {
      method: 'POST',
      headers: { Authorization: `Token ${token}` },
    });

    await expect((await bg.services.client()).listResources()).rejects.toMatchObject({
      kind: 'unauthorized',
    });
    expect(await tokenItem.getValue()).toBeNull();
    expect(await accountItem.getValue()).toMatchObject({ state: 'expired', email: DEMO_EMAIL });
    expect(await (await bg.services.cache()).count('companies')).toBe(cached);
  });

  it('signing out clears the token, the cache and pending work', async () => {
    bg = await backgroundAgainstSandbox();
    await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
    await createSyncer(bg.services).syncNow();
    const status = await bg.auth.signOut();
    expect(status.state).toBe('signed-out');
    expect(await tokenItem.getValue()).toBeNull();
    expect(await (await bg.services.cache()).count('companies')).toBe(0);
  });

  it('signing out opens a scope a 429 closed, however long Leady asked for (issue 12)', async () => {
    bg = await backgroundAgainstSandbox();
    await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
    bg.sandbox.faults.add({ kind: 'throttle', scope: 'lists', retryAfter: 315_360_000, times: 1 });
    await expect(
      (await bg.services.client()).listResources({ priority: 'interactive' }),
    ).rejects.toMatchObject({ kind: 'throttled', retryAfterSeconds: 3_600 /* the one-hour cap */ });
    expect(await throttleItem.getValue()).toHaveProperty('lists');

    await bg.auth.signOut();
    expect(bg.services.queue.throttledFor('lists')).toBe(0);
    expect(await throttleItem.getValue()).toEqual({});
    await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
    await expect(
      (await bg.services.client()).listResources({ priority: 'interactive' }),
    ).resolves.toMatchObject({ results: expect.any(Array) });
  });

  it('signing in as another account does not show the previous account’s data', async () => {
    bg = await backgroundAgainstSandbox();
    await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
    await createSyncer(bg.services).syncNow();
    await accountItem.setValue({ ...(await accountItem.getValue()), email: 'someone@else.cz' });
    // The other account had websites, a toolbar count and a blacklisting still in its undo window.
    await resourcesItem.setValue([{ domain: 'jina-firma.cz' }]);
    await newCompaniesItem.setValue(3);
    await blacklistItem.setValue({
      '7': {
        companyId: 7,
        companyName: 'Firma',
        state: 'pending',
        createdAt: FIXED_NOW.getTime(),
        sendAfter: FIXED_NOW.getTime(),
      },
    });
    const clearsBefore = bg.cacheClears();
    await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
    expect(await (await bg.services.cache()).count('companies')).toBe(0);
    expect(bg.cacheClears()).toBe(clearsBefore + 1);
    // Its unsent blacklisting must never go out with this account's token.
    expect(await blacklistItem.getValue()).toEqual({});
    expect(await resourcesItem.getValue()).toEqual([]);
    expect(await newCompaniesItem.getValue()).toBe(0);
  });

  it('signing in again as the same account keeps its data', async () => {
    bg = await backgroundAgainstSandbox();
    await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
    await createSyncer(bg.services).syncNow();
    const companies = await (await bg.services.cache()).count('companies');
    await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
    expect(await (await bg.services.cache()).count('companies')).toBe(companies);
    expect(bg.cacheClears()).toBe(0);
  });
});
