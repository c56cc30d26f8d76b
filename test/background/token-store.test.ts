/**
 * The token is kept where content scripts cannot read it (issue 12): in the worker's IndexedDB, not
 * in extension storage, which Firefox cannot close to content scripts. Each case failed while the
 * token was a `storage.local` item.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem } from '../../lib/runtime/storage-items';
import { DEFAULT_SETTINGS } from '../../lib/shared/settings';
import { accountItem, tokenItem } from '../../lib/worker/account-items';
import { createAuth } from '../../lib/worker/auth';
import { createServices } from '../../lib/worker/services';
import { secureStoredToken } from '../../lib/worker/token-store';
import { fakeFetch, json } from '../api/fake-fetch';
import { clockFrom, FIXED_NOW } from '../clock';

const API = 'https://api.leady.com/v1/';
const TOKEN = '0123456789abcdef0123456789abcdef01234567';
const emptyPage = { next: null, previous: null, results: [] };

/** A signed-in user of a build that kept the token in extension storage. */
async function signedInBeforeTheUpdate(): Promise<void> {
  await fakeBrowser.storage.local.set({ 'leady.token': TOKEN });
  await accountItem.setValue({
    state: 'signed-in',
    email: 'demo@leady.test',
    apiBaseUrl: API,
    signedInAt: FIXED_NOW.getTime(),
  });
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBaseUrl: API });
}

async function extensionStorage(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

describe('the token, out of extension storage', () => {
  it('after a sign-in is not in storage.local, and is what requests carry', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBaseUrl: API });
    const network = fakeFetch(() => json(emptyPage));
    const services = createServices({
      fetch: network.fetch,
      now: clockFrom(FIXED_NOW),
      cacheName: 'token-sign-in',
    });
    const status = await createAuth(services).signInWithToken(`Token ${TOKEN}`);
    expect(status.state).toBe('signed-in');
    expect(await extensionStorage()).not.toContain(TOKEN);
    expect(await extensionStorage()).not.toContain('leady.token');
    expect(await tokenItem.getValue()).toBe(TOKEN);
    expect(network.calls.at(-1)?.headers.get('authorization')).toBe(`Token ${TOKEN}`);
  });

  it('left in storage.local by an older build, moves out at worker start: gone there, kept signed in', async () => {
    await signedInBeforeTheUpdate();
    await secureStoredToken();
    expect(await extensionStorage()).not.toContain(TOKEN);
    expect(await extensionStorage()).not.toContain('leady.token');
    expect(await tokenItem.getValue()).toBe(TOKEN);

    const network = fakeFetch(() => json(emptyPage));
    const services = createServices({
      fetch: network.fetch,
      now: clockFrom(FIXED_NOW),
      cacheName: 'token-moved',
    });
    await (await services.client()).listResources();
    expect(network.calls[0]?.headers.get('authorization')).toBe(`Token ${TOKEN}`);
  });

  it('moves on its first use too, when that comes before the start-up move', async () => {
    await signedInBeforeTheUpdate();
    expect(await tokenItem.getValue()).toBe(TOKEN);
    expect(await extensionStorage()).not.toContain(TOKEN);
  });

  it('once moved, is gone everywhere after signing out', async () => {
    await signedInBeforeTheUpdate();
    const services = createServices({
      fetch: fakeFetch(() => json(emptyPage)).fetch,
      now: clockFrom(FIXED_NOW),
      cacheName: 'token-sign-out',
    });
    await createAuth(services).signOut();
    expect(await tokenItem.getValue()).toBeNull();
    expect(await extensionStorage()).not.toContain(TOKEN);
  });
});
