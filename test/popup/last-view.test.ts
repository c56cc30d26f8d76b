import { describe, expect, it, vi } from 'vitest';
import { type LastView, webStorageLastView } from '../../lib/extension-pages/popup/last-view';
import type { PopupApi } from '../../lib/extension-pages/popup/popup-api';
import { rememberingLastView } from '../../lib/extension-pages/popup/remember-last-view';
import type { AuthStatus } from '../../lib/shared/messaging/protocol';
import type { BackgroundEvent } from '../../lib/shared/messaging/protocol/events';
import { DEFAULT_FILTERS, toCacheQuery } from '../../lib/shared/popup/filters';
import type { SessionRow, SessionsPage } from '../../lib/shared/popup/types';
import { DEFAULT_SETTINGS } from '../../lib/shared/settings';

const NOW = Date.UTC(2026, 10, 27, 12);
const API = 'https://api.leady.com/v1/';
const SIGNED_IN: AuthStatus = { state: 'signed-in', email: 'obchod@firma.cz', apiBaseUrl: API };
const ROW: SessionRow = {
  key: 'web.cz 1',
  id: 1,
  resource: 'web.cz',
  company: { id: 7, name: '<img src=x onerror=alert(1)>', website: 'javascript:alert(1)' },
  firstAt: NOW - 60_000,
  lastAt: NOW,
  seconds: 60,
  pages: 2,
};
const PAGE: SessionsPage & { resource: string } = {
  resource: 'web.cz',
  rows: [ROW],
  source: 'cache',
  next: null,
  before: NOW,
  hasMore: true,
  updatedAt: NOW - 60_000,
};
const VIEW: LastView = {
  auth: SIGNED_IN,
  settings: { locale: 'cs', resourceDomain: 'web.cz' },
  resources: [{ domain: 'web.cz', name: 'Web' }],
  page: PAGE,
};
const FIRST_SCREEN = { ...toCacheQuery(DEFAULT_FILTERS, NOW, 'Europe/Prague'), excludeCompanies: [] };

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

/** What the popup reads back when its `localStorage` holds `json` as the last view (null: nothing). */
function readStored(json: string | null): LastView | undefined {
  const storage = memoryStorage();
  if (json !== null) storage.setItem('leady.popup.lastView', json);
  return webStorageLastView(storage).read();
}

describe('the last view in web storage', () => {
  it('reads back what it wrote, hostile text included, as plain data', () => {
    const store = webStorageLastView(memoryStorage());
    store.write(VIEW);
    expect(store.read()).toEqual(VIEW);
    store.clear();
    expect(store.read()).toBeUndefined();
  });

  it('ignores damaged, older, signed-out or wrongly shaped entries', () => {
    const stored = (value: unknown) => JSON.stringify({ version: 1, ...VIEW, ...(value as object) });
    expect(readStored(null)).toBeUndefined();
    expect(readStored('{not json')).toBeUndefined();
    expect(readStored(JSON.stringify({ ...VIEW, version: 0 }))).toBeUndefined();
    expect(readStored(stored({ auth: { state: 'signed-out', apiBaseUrl: API } }))).toBeUndefined();
    expect(readStored(stored({ settings: { locale: 'de' } }))).toBeUndefined();
    expect(readStored(stored({ resources: [{ name: 'no domain' }] }))).toBeUndefined();
    expect(readStored(stored({ page: { ...PAGE, rows: [{ ...ROW, id: '1' }] } }))).toBeUndefined();
    expect(
      readStored(stored({ page: { ...PAGE, rows: [{ ...ROW, company: { id: 7, name: 1 } }] } })),
    ).toBeUndefined();
    expect(readStored(stored({ page: { ...PAGE, source: 'api' } }))).toBeUndefined();
    // Numbers a Date cannot hold would make the first render throw.
    expect(readStored(stored({ page: { ...PAGE, rows: [{ ...ROW, lastAt: 1e16 }] } }))).toBeUndefined();
    expect(readStored(stored({ page: { ...PAGE, rows: [{ ...ROW, seconds: -1 }] } }))).toBeUndefined();
    expect(readStored(stored({ page: { ...PAGE, updatedAt: 1e300 } }))).toBeUndefined();
    expect(readStored(stored({}))).toEqual(VIEW);
  });

  it('never throws when storage refuses (quota, disabled storage)', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = webStorageLastView(refusing);
    expect(() => store.write(VIEW)).not.toThrow();
    expect(store.read()).toBeUndefined();
    expect(() => store.clear()).not.toThrow();
    expect(webStorageLastView(undefined).read()).toBeUndefined();
  });
});

function baseApi(overrides: Partial<PopupApi> = {}) {
  const listeners = new Set<(event: BackgroundEvent) => void>();
  const api = {
    settings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, locale: 'cs' as const, resourceDomain: 'web.cz' })),
    resources: vi.fn(async () => [{ domain: 'web.cz', name: 'Web' }]),
    authStatus: vi.fn(async () => SIGNED_IN),
    signIn: vi.fn(async () => SIGNED_IN),
    signOut: vi.fn(async (): Promise<AuthStatus> => ({ state: 'signed-out', apiBaseUrl: API })),
    rememberResource: vi.fn(async () => {}),
    blacklistIds: vi.fn(async () => [] as number[]),
    blacklistUndo: vi.fn(async () => {}),
    cachedSessions: vi.fn(async () => PAGE as SessionsPage),
    timeZone: () => 'Europe/Prague',
    onEvent: (listener: (event: BackgroundEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ...overrides,
  };
  const emit = (event: BackgroundEvent) => {
    for (const listener of listeners) listener(event);
  };
  return { api: api as unknown as PopupApi, emit };
}

/** What the popup asks when it opens. */
async function openFirstScreen(api: PopupApi) {
  await Promise.all([api.settings(), api.authStatus(), api.resources(), api.cachedSessions(FIRST_SCREEN)]);
}

describe('rememberingLastView', () => {
  it('offers the stored view and writes the new first screen once all its parts arrived', async () => {
    const storage = memoryStorage();
    webStorageLastView(storage).write({ ...VIEW, page: { ...PAGE, rows: [] } });
    const { api } = baseApi();
    const wrapped = rememberingLastView(api, webStorageLastView(storage), () => NOW);
    expect(wrapped.lastView?.()?.page.rows).toEqual([]);

    await wrapped.cachedSessions(FIRST_SCREEN);
    // The page alone is not a first screen: the account and websites are not known yet.
    expect(webStorageLastView(storage).read()?.page.rows).toEqual([]);
    await openFirstScreen(wrapped);
    expect(webStorageLastView(storage).read()).toEqual(VIEW);
  });

  it('keeps only the default first page of a website with visits', async () => {
    const storage = memoryStorage();
    const store = webStorageLastView(storage);
    const { api } = baseApi();
    const wrapped = rememberingLastView(api, store, () => NOW);
    await Promise.all([wrapped.settings(), wrapped.authStatus(), wrapped.resources()]);
    await wrapped.cachedSessions({ ...FIRST_SCREEN, onlyIdentified: true });
    await wrapped.cachedSessions({ ...FIRST_SCREEN, before: NOW - 1000 });
    await wrapped.cachedSessions({ ...FIRST_SCREEN, excludeCompanies: [7] });
    expect(store.read()).toBeUndefined();

    const empty = baseApi({ cachedSessions: vi.fn(async () => ({ ...PAGE, rows: [] })) });
    const wrappedEmpty = rememberingLastView(empty.api, store, () => NOW);
    await openFirstScreen(wrappedEmpty);
    expect(store.read()).toBeUndefined();
  });

  it('keeps a screenful of rows, with the cursor after the last one kept', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      ...ROW,
      key: `web.cz ${i}`,
      id: i,
      lastAt: NOW - i,
    }));
    const store = webStorageLastView(memoryStorage());
    const { api } = baseApi({ cachedSessions: vi.fn(async () => ({ ...PAGE, rows, hasMore: false })) });
    await openFirstScreen(rememberingLastView(api, store, () => NOW));
    const kept = store.read()?.page;
    expect(kept?.rows.map((r) => r.id)).toEqual(rows.slice(0, 10).map((r) => r.id));
    expect(kept).toMatchObject({ before: NOW - 9, hasMore: true });
  });

  it('leaves out visits of blacklisted companies, as the popup hears of them', async () => {
    const other = { ...ROW, key: 'web.cz 2', id: 2, company: { id: 8, name: 'Beta a.s.' } };
    const store = webStorageLastView(memoryStorage());
    const { api } = baseApi({
      cachedSessions: vi.fn(async () => ({ ...PAGE, rows: [ROW, other] })),
      blacklistIds: vi.fn(async () => [8]),
      blacklistAdd: vi.fn().mockRejectedValueOnce(new Error('refused')).mockResolvedValue({}),
    });
    const wrapped = rememberingLastView(api, store, () => NOW);
    await openFirstScreen(wrapped);
    expect(store.read()?.page.rows.map((r) => r.id)).toEqual([1, 2]);
    await wrapped.blacklistIds();
    expect(store.read()?.page.rows.map((r) => r.id)).toEqual([1]);

    // Hidden at once; refused by Leady, the company is listed again with the next page stored.
    await expect(wrapped.blacklistAdd(7)).rejects.toThrow('refused');
    await wrapped.cachedSessions(FIRST_SCREEN);
    expect(store.read()?.page.rows.map((r) => r.id)).toEqual([1]);
    await wrapped.blacklistAdd(7);
    expect(store.read()?.page.rows).toEqual([]);
    // Undone: its visits are kept again at once.
    await wrapped.blacklistUndo(7);
    expect(store.read()?.page.rows.map((r) => r.id)).toEqual([1]);
  });

  it('remembers the website the user picks', async () => {
    const store = webStorageLastView(memoryStorage());
    const { api } = baseApi({ cachedSessions: vi.fn(async () => ({ ...PAGE, resource: 'shop.cz' })) });
    const wrapped = rememberingLastView(api, store, () => NOW);
    await Promise.all([wrapped.settings(), wrapped.authStatus(), wrapped.resources()]);
    await wrapped.cachedSessions(FIRST_SCREEN);
    await wrapped.rememberResource('shop.cz');
    // Kept at once, even before (or without) a list of the new website.
    expect(store.read()?.settings.resourceDomain).toBe('shop.cz');
    await wrapped.cachedSessions({ ...FIRST_SCREEN, resource: 'shop.cz' });
    expect(store.read()?.settings.resourceDomain).toBe('shop.cz');
    expect(store.read()?.page.resource).toBe('shop.cz');
  });

  it('forgets the view on sign-out, even when the background does not answer', async () => {
    const store = webStorageLastView(memoryStorage());
    store.write(VIEW);
    const { api } = baseApi({ signOut: vi.fn(async () => Promise.reject(new Error('no worker'))) });
    const wrapped = rememberingLastView(api, store, () => NOW);
    await expect(wrapped.signOut()).rejects.toThrow('no worker');
    expect(store.read()).toBeUndefined();
  });

  it('forgets the view when the background says signed out or another account signed in', async () => {
    const store = webStorageLastView(memoryStorage());
    store.write(VIEW);
    const signedOut = baseApi({
      authStatus: vi.fn(async (): Promise<AuthStatus> => ({ state: 'signed-out', apiBaseUrl: API })),
    });
    await rememberingLastView(signedOut.api, store, () => NOW).authStatus();
    expect(store.read()).toBeUndefined();

    store.write(VIEW);
    const other = baseApi({ signIn: vi.fn(async () => ({ ...SIGNED_IN, email: 'jiny@firma.cz' })) });
    await rememberingLastView(other.api, store, () => NOW).signIn('jiny@firma.cz', 'heslo');
    expect(store.read()).toBeUndefined();

    store.write(VIEW);
    const event = baseApi();
    const wrapped = rememberingLastView(event.api, store, () => NOW);
    const seen = vi.fn();
    wrapped.onEvent(seen);
    event.emit({ event: 'auth.changed', status: { state: 'signed-out', apiBaseUrl: API } });
    expect(store.read()).toBeUndefined();
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('keeps the view of the same account, expired included', async () => {
    const store = webStorageLastView(memoryStorage());
    store.write(VIEW);
    const { api } = baseApi({ authStatus: vi.fn(async () => ({ ...SIGNED_IN, state: 'expired' as const })) });
    await rememberingLastView(api, store, () => NOW).authStatus();
    expect(store.read()).toEqual(VIEW);
  });
});
