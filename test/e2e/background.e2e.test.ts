import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_EMAIL, type ExtensionSession, launchExtension, leadyBlacklistIds, waitFor } from './harness';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function badgeText(s: ExtensionSession): Promise<string> {
  return (await s.worker()).evaluate(() => chrome.action.getBadgeText({}));
}

async function storedKeys(s: ExtensionSession): Promise<string[]> {
  return Object.keys(await (await s.worker()).evaluate(() => chrome.storage.local.get(null)));
}

/** The token in the worker's own IndexedDB (lib/worker/token-store.ts), where content scripts cannot look. */
async function storedToken(s: ExtensionSession): Promise<string | undefined> {
  return (await s.worker()).evaluate(async () => {
    // Opening a database that does not exist would create it empty, without the worker's store.
    if (!(await indexedDB.databases()).some((db) => db.name === 'leady-token')) return undefined;
    return new Promise<string | undefined>((resolve, reject) => {
      const open = indexedDB.open('leady-token');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const read = db.transaction('token').objectStore('token').get('current');
        read.onsuccess = () => resolve(read.result as string | undefined);
        read.onerror = () => reject(read.error);
        db.close();
      };
    });
  });
}

/** Stops the MV3 service worker the way Chrome does when it is idle (DevTools protocol). */
async function stopWorker(s: ExtensionSession): Promise<void> {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.close();
}

describe('background worker in Chromium', () => {
  it('signs in against the sandbox, syncs, and never hands out the token', async () => {
    session = await launchExtension();
    expect(await badgeText(session)).toBe('?');
    await session.signInAndSync();
    const status = await session.send<Record<string, unknown>>('auth.status');
    expect(status).toMatchObject({ state: 'signed-in', email: DEMO_EMAIL, apiBaseUrl: session.sandbox.url });
    expect(JSON.stringify(status)).not.toMatch(/token/i);
    expect(await storedToken(session)).toBe(session.sandbox.token);
    expect(await storedKeys(session)).not.toContain('leady.token');
    // The first sync brings the whole history: that is not "newly identified".
    await waitFor(async () => (await badgeText(session!)) === '');
  });

  it('after an update, moves a token an older build kept in storage.local and stays signed in', async () => {
    session = await launchExtension();
    await session.signInAndSync();
    const token = session.sandbox.token;
    // What a build before issue 12's fix left behind: the token in extension storage, none in the worker's database.
    await (await session.worker()).evaluate(async (legacy) => {
      await new Promise((resolve, reject) => {
        const deleting = indexedDB.deleteDatabase('leady-token');
        deleting.onsuccess = resolve;
        deleting.onerror = () => reject(deleting.error);
      });
      await chrome.storage.local.set({ 'leady.token': legacy });
    }, token);
    await stopWorker(session);
    const before = (await session.send<{ lastSuccessAt?: number }>('sync.status')).lastSuccessAt ?? 0;
    await session.send('sync.now');
    await waitFor(
      async () =>
        ((await session!.send<{ lastSuccessAt?: number }>('sync.status')).lastSuccessAt ?? 0) > before,
    );
    expect(await session.send('auth.status')).toMatchObject({ state: 'signed-in' });
    expect(await storedToken(session)).toBe(token);
    expect(await storedKeys(session)).not.toContain('leady.token');
  });

  it('rejects wrong credentials with the API’s own message', async () => {
    session = await launchExtension();
    await expect(session.send('auth.signIn', { email: DEMO_EMAIL, password: 'wrong' })).rejects.toThrow(
      /bad-credentials.*Unable to log in with provided credentials/,
    );
    expect(await session.send('auth.status')).toMatchObject({ state: 'signed-out' });
  });

  it('shows newly identified companies on the toolbar badge until the popup is opened', async () => {
    session = await launchExtension();
    await session.signInAndSync();
    await (await session.worker()).evaluate(() => chrome.storage.local.set({ 'leady.newCompanies': 3 }));
    await waitFor(async () => (await badgeText(session!)) === '3');
    // Opening the popup is what tells the background the user has seen them.
    await session.openPopup();
    await waitFor(async () => (await badgeText(session!)) === '');
  });

  it('a blacklisting survives the worker being stopped and reaches Leady exactly once', async () => {
    session = await launchExtension();
    await session.signInAndSync();
    const before = await leadyBlacklistIds(session);
    const company = session.sandbox.data.companies.find((c) => !before.includes(c.id))!;
    const item = await session.send<{ state: string }>('blacklist.add', { companyId: company.id });
    expect(item.state).toBe('pending');
    expect(await session.send('blacklist.ids')).toContain(company.id);

    // Stopped inside the undo window: the timer dies with the worker, the outbox does not.
    await stopWorker(session);
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    // Any event wakes the worker; at start it flushes what is pending.
    await session.send('auth.status');

    await waitFor(async () => (await leadyBlacklistIds(session!)).includes(company.id), 20_000);
    const after = await leadyBlacklistIds(session);
    expect(after.filter((id) => id === company.id)).toHaveLength(1);
  });

  it('on a 401 mid-session marks the sign-in expired and shows it on the badge', async () => {
    session = await launchExtension();
    await session.signInAndSync();
    await fetch(`${session.sandbox.url}api-token-reset/`, {
      method: 'POST',
      headers: { Authorization: `Token ${session.sandbox.token}` },
    });
    await session.send('sync.now');
    await waitFor(async () => (await session!.send<{ state: string }>('auth.status')).state === 'expired');
    await waitFor(async () => (await badgeText(session!)) === '!');
    expect(await storedToken(session)).toBeUndefined();
  });

  it('signing out clears the token, the account data and the cache', async () => {
    session = await launchExtension();
    await session.signInAndSync();
    await session.send('auth.signOut');
    expect(await storedToken(session)).toBeUndefined();
    const keys = await storedKeys(session);
    expect(keys).not.toContain('leady.resources');
    expect((await session.send<{ lastSuccessAt?: number }>('sync.status')).lastSuccessAt).toBeUndefined();
    await waitFor(async () => (await badgeText(session!)) === '?');
  });
});
