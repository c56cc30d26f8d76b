import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { resourcesItem, settingsItem } from '../../lib/runtime/storage-items';
import { LeadyError } from '../../lib/shared/api/errors';
import type { MessageMap } from '../../lib/shared/messaging/protocol';
import { throttleItem } from '../../lib/worker/account-items';
import { popupHandlers } from '../../lib/worker/handlers/popup';
import { createMessageRouter, type Handlers } from '../../lib/worker/messaging/router';

/** Rows the popup's first page shows from the cache before the API answers. */
const CACHE_PAGE_SIZE = 30;

import type { RequestLogEntry } from '../../sandbox/options';
import { type SandboxServer, startSandbox } from '../../sandbox/server';
import { clockFrom, FIXED_NOW } from '../clock';
import { popupBackground } from './background';

const DAY = 86_400_000;
const DEMO = ['demo@leady.test', 'leady-demo'] as const;
const popup = { id: 'test', url: 'chrome-extension://test/popup.html' } as Browser.runtime.MessageSender;

let sandbox: SandboxServer;
const requests: RequestLogEntry[] = [];
let rewrite: ((path: string, body: unknown) => unknown) | undefined;

/** The network as the background sees it; a test may rewrite JSON answers to shapes the contract allows. */
const fetchThrough: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (!rewrite || !response.headers.get('content-type')?.includes('json')) return response;
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  const body = rewrite(url.pathname, await response.json());
  return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
};

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    now: FIXED_NOW,
    scale: 800,
    onError: () => {},
    onRequest: (entry) => requests.push(entry),
  });
});
afterAll(async () => {
  await sandbox.close();
});

/** The background's clock: from the sandbox's `now` on, so what a test asks for never depends on the hour. */
let clock: () => number;
let background: Awaited<ReturnType<typeof popupBackground>>;
let handlers: Handlers;

beforeEach(async () => {
  fakeBrowser.reset();
  sandbox.reset();
  rewrite = undefined;
  clock = clockFrom(FIXED_NOW);
  background = await popupBackground(sandbox, fetchThrough, clock);
  handlers = popupHandlers(background.context);
  await background.context.auth.signIn(...DEMO);
  requests.length = 0;
});
afterEach(async () => {
  await background.close();
});

/** Sends as the popup does: through the router, which checks the payload before the handler runs. */
async function call<K extends keyof MessageMap>(
  type: K,
  payload: MessageMap[K]['request'],
): Promise<MessageMap[K]['response']> {
  const result = await createMessageRouter(
    handlers,
    'test',
    'chrome-extension://test/',
  )({ type, payload }, popup);
  if (!result) throw new Error(`no handler for ${type}`);
  if (!result.ok) throw LeadyError.fromJSON(result.error);
  return result.value as MessageMap[K]['response'];
}

async function synced() {
  await background.context.syncer.syncNow();
  requests.length = 0;
}

const since = () => clock() - 90 * DAY;

describe('popup handlers', () => {
  it('are for extension pages only', () => {
    for (const [type, handler] of Object.entries(handlers)) {
      expect(handler?.allow, type).toEqual(['extension-page']);
    }
  });

  it('popup.sessions.cached reads the cache only: newest first, in pages', async () => {
    expect(
      (
        await call('popup.sessions.cached', {
          resource: 'techmont.cz',
          since: since(),
          onlyIdentified: false,
        })
      ).rows,
    ).toEqual([]);
    await synced();

    const first = await call('popup.sessions.cached', {
      resource: 'techmont.cz',
      since: since(),
      onlyIdentified: false,
    });
    expect(first.source).toBe('cache');
    expect(first.rows).toHaveLength(CACHE_PAGE_SIZE);
    expect(first.hasMore).toBe(true);
    expect(first.updatedAt).toBeGreaterThan(clock() - 60_000);
    const times = first.rows.map((row) => row.lastAt ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(first.rows.some((row) => row.company === undefined)).toBe(true);
    expect(first.rows.find((row) => row.company)?.company?.name).toBeTruthy();

    const second = await call('popup.sessions.cached', {
      resource: 'techmont.cz',
      since: since(),
      onlyIdentified: false,
      before: first.before,
    });
    const firstKeys = new Set(first.rows.map((row) => row.key));
    expect(second.rows.length).toBeGreaterThan(0);
    expect(
      second.rows.every((row) => !firstKeys.has(row.key) && (row.lastAt ?? 0) < (first.before ?? 0)),
    ).toBe(true);

    const identified = await call('popup.sessions.cached', {
      resource: 'techmont.cz',
      since: since(),
      onlyIdentified: true,
    });
    expect(identified.rows.every((row) => row.company)).toBe(true);
    const hiddenId = identified.rows[0]!.company!.id;
    const without = await call('popup.sessions.cached', {
      resource: 'techmont.cz',
      since: since(),
      onlyIdentified: true,
      excludeCompanies: [hiddenId],
    });
    expect(without.rows.some((row) => row.company?.id === hiddenId)).toBe(false);
    expect(requests).toEqual([]);
  });

  it('popup.sessions.cached picks the website the popup shows when not told', async () => {
    expect(await call('popup.sessions.cached', { since: since(), onlyIdentified: false })).toEqual({
      rows: [],
      source: 'cache',
      next: null,
      hasMore: false,
    });
    await synced();
    const first = await call('popup.sessions.cached', { since: since(), onlyIdentified: false });
    expect(first.resource).toBe((await resourcesItem.getValue())[0]?.domain);
    await settingsItem.setValue({ ...(await settingsItem.getValue()), resourceDomain: 'techmont.sk' });
    const remembered = await call('popup.sessions.cached', { since: since(), onlyIdentified: false });
    expect(remembered.resource).toBe('techmont.sk');
    expect(remembered.rows.every((row) => row.resource === 'techmont.sk')).toBe(true);
    expect(requests).toEqual([]);
  });

  it('popup.sessions.fetch asks Leady with the filters, stores what it got, and pages with the cursor', async () => {
    const start = clock() - 30 * DAY;
    const first = await call('popup.sessions.fetch', {
      resource: 'techmont.cz',
      query: { period_start: start, action_count_min: 2 },
      onlyIdentified: false,
    });
    expect(first.source).toBe('api');
    expect(first.rows.length).toBeGreaterThan(0);
    expect(first.rows.every((row) => (row.lastAt ?? 0) >= start - 60_000 && (row.pages ?? 0) >= 2)).toBe(
      true,
    );
    expect(first.next).toMatch(/cursor=/);
    const listCall = requests.find((entry) => entry.path.includes('/sessions/'));
    expect(listCall?.path).toMatch(/period_start=.*action_count_min=2/);

    // Stored on the way: the cache answers with the same visits now.
    const cached = await call('popup.sessions.cached', {
      resource: 'techmont.cz',
      since: start,
      onlyIdentified: false,
      minPages: 2,
    });
    const fetched = new Set(first.rows.map((row) => row.key));
    expect(cached.rows).toHaveLength(Math.min(CACHE_PAGE_SIZE, first.rows.length));
    expect(cached.rows.every((row) => fetched.has(row.key))).toBe(true);

    const more = await call('popup.sessions.more', {
      resource: 'techmont.cz',
      next: first.next!,
      onlyIdentified: false,
    });
    const seen = new Set(first.rows.map((row) => row.key));
    expect(more.rows.length).toBeGreaterThan(0);
    expect(more.rows.some((row) => seen.has(row.key))).toBe(false);
  });

  it('popup.sessions.fetch rows carry what the cache knew: page views fetched earlier', async () => {
    const query = { period_start: since() };
    const first = await call('popup.sessions.fetch', {
      resource: 'techmont.cz',
      query,
      onlyIdentified: false,
    });
    const visit = first.rows[0]!;
    const { actions } = await call('popup.session.actions', { key: visit.key });
    const again = await call('popup.sessions.fetch', {
      resource: 'techmont.cz',
      query,
      onlyIdentified: false,
    });
    const row = again.rows.find((candidate) => candidate.key === visit.key)!;
    expect(row.pages).toBe(actions.length);
    // The same row the cache gives, company and all.
    const cached = await call('popup.sessions.cached', {
      resource: 'techmont.cz',
      since: 0,
      onlyIdentified: false,
    });
    expect(row).toEqual(cached.rows.find((candidate) => candidate.key === visit.key));
  });

  it('filters identified visits itself and tops a short page up', async () => {
    const result = await call('popup.sessions.fetch', {
      resource: 'techmont.cz',
      query: { period_start: since() },
      onlyIdentified: true,
    });
    expect(result.rows.length).toBeGreaterThanOrEqual(10);
    expect(result.rows.every((row) => row.company)).toBe(true);
  });

  it('applies a saved filter through the API', async () => {
    const query = { period_start: since() };
    const all = await call('popup.sessions.fetch', { resource: 'techmont.cz', query, onlyIdentified: false });
    const saved = await call('popup.sessions.fetch', {
      resource: 'techmont.cz',
      query: { ...query, saved_filter_id: 415 },
      onlyIdentified: false,
    });
    expect(saved.rows.length).toBeGreaterThan(0);
    expect(saved.rows.map((row) => row.key)).not.toEqual(all.rows.map((row) => row.key));
    expect(requests.some((entry) => entry.path.includes('saved_filter_id=415'))).toBe(true);
  });

  it('refuses a bad request and a next link off the API origin', async () => {
    await expect(
      call('popup.sessions.fetch', { resource: '', query: { period_start: 0 }, onlyIdentified: false }),
    ).rejects.toMatchObject({ kind: 'validation' });
    await expect(
      call('popup.sessions.more', {
        resource: 'techmont.cz',
        next: 'https://evil.example/v1/x?cursor=1',
        onlyIdentified: false,
      }),
    ).rejects.toMatchObject({ kind: 'malformed' });
    expect(requests).toEqual([]);
  });

  it('popup.session.actions fetches page views once, then answers from the cache', async () => {
    await synced();
    const { rows } = await call('popup.sessions.cached', {
      resource: 'techmont.cz',
      since: since(),
      onlyIdentified: false,
      minPages: 3,
    });
    const visit = rows[0]!;
    const first = await call('popup.session.actions', { key: visit.key });
    expect(first.pages).toBe(first.actions.length);
    expect(first.actions.length).toBeGreaterThanOrEqual(3);
    expect(first.actions[0]?.location).toMatch(/^https?:\/\//);
    const fetched = requests.length;
    expect(fetched).toBeGreaterThan(0);

    const again = await call('popup.session.actions', { key: visit.key });
    expect(again).toEqual(first);
    expect(requests).toHaveLength(fetched);
    await expect(call('popup.session.actions', { key: 'techmont.cz 999999999' })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it('popup.companies aggregates the cached visits per company', async () => {
    await synced();
    const companies = await call('popup.companies', { resource: 'techmont.cz' });
    expect(companies.length).toBeGreaterThan(5);
    const identified = await call('popup.sessions.cached', {
      resource: 'techmont.cz',
      since: 0,
      onlyIdentified: true,
    });
    const top = companies.find((company) => company.id === identified.rows[0]!.company!.id)!;
    expect(top.visits).toBeGreaterThanOrEqual(1);
    expect(top.lastVisitAt).toBe(identified.rows[0]!.lastAt);
    const without = await call('popup.companies', { resource: 'techmont.cz', excludeCompanies: [top.id] });
    expect(without.some((company) => company.id === top.id)).toBe(false);
    expect(requests).toEqual([]);
  });

  it('popup.company returns the insight; band codes and numbers become labels', async () => {
    await synced();
    const [company] = await call('popup.companies', { resource: 'techmont.cz' });
    // The contract allows a code or a number instead of a label: the code lists must label them.
    rewrite = (path, body) =>
      path.includes('/companies/')
        ? {
            ...(body as object),
            turnover: null,
            turnover_numeric: 7_500_000,
            magnitude: '4',
            global_country: 'CZ',
          }
        : body;
    const detail = await call('popup.company', { companyId: company!.id });
    expect(detail?.company.name).toBe(company!.name);
    expect(detail?.company.ico).toMatch(/^\d{8}$/);
    expect(detail?.company.turnover).toBe('5 – 10 mil. Kč');
    expect(detail?.company.magnitude).toBe('10 – 19 zaměstnanců');
    expect(detail?.detailState).toBe('fresh');
    expect(requests.some((entry) => entry.path.includes('/turnovers/?country=CZ'))).toBe(true);

    expect(await call('popup.company', { companyId: 987654321 })).toBeNull();
  });

  it('popup.company cuts absurd values from the API to what a popup can draw', async () => {
    await synced();
    const [company] = await call('popup.companies', { resource: 'techmont.cz' });
    const phone = '7'.repeat(10_000);
    rewrite = (path, body) =>
      path.includes('/companies/')
        ? {
            ...(body as object),
            phones: [phone, ...Array(500).fill('+420 777 000 111')],
            address: 'Ulice '.repeat(2000),
          }
        : body;
    const detail = await call('popup.company', { companyId: company!.id });
    const [first] = detail!.company.phones;
    expect(first!.length).toBeLessThanOrEqual(40);
    expect(first!.endsWith('…')).toBe(true);
    expect(detail!.company.phones.length).toBeLessThanOrEqual(10);
    expect(detail!.company.address!.length).toBeLessThanOrEqual(300);
    // Real values are left whole.
    expect(detail!.company.phones[1]).toBe('+420 777 000 111');
  });

  it('popup.savedFilters offers the filters of the website', async () => {
    const filters = await call('popup.savedFilters', { resource: 'techmont.cz' });
    expect(filters.map((filter) => filter.id)).toEqual([411, 412, 415, 418]);
    expect(filters[0]).toEqual({ id: 411, name: 'Identifikované firmy' });
  });

  it('popup.clearCache forgets the cache and syncs again', async () => {
    await synced();
    const cleared = await call('popup.clearCache', undefined);
    expect(cleared).toEqual({ syncing: true });
    expect(background.emitted.some((event) => event.event === 'cache.changed')).toBe(true);
    await background.context.syncer.syncNow();
    const after = await call('popup.sessions.cached', {
      resource: 'techmont.cz',
      since: since(),
      onlyIdentified: false,
    });
    expect(after.rows).toHaveLength(CACHE_PAGE_SIZE);
  });

  it('popup.clearCache also opens a scope a 429 closed (issue 12)', async () => {
    const { services } = background.context;
    sandbox.faults.add({ kind: 'throttle', scope: 'lists', retryAfter: 315_360_000, times: 1 });
    await expect((await services.client()).listResources({ priority: 'interactive' })).rejects.toMatchObject({
      kind: 'throttled',
    });
    await call('popup.clearCache', undefined);
    expect(services.queue.throttledFor('lists')).toBe(0);
    expect(await throttleItem.getValue()).toEqual({});
    await background.context.syncer.syncNow();
  });

  it('keeps the cache readable when the token stops working', async () => {
    await synced();
    // Another integration resets the token: ours stops working at once.
    await fetch(`${sandbox.url}api-token-reset/`, {
      method: 'POST',
      headers: { Authorization: `Token ${sandbox.token}` },
    });
    await expect(
      call('popup.sessions.fetch', {
        resource: 'techmont.cz',
        query: { period_start: since() },
        onlyIdentified: false,
      }),
    ).rejects.toMatchObject({ kind: 'unauthorized' });
    expect((await background.context.auth.status()).state).toBe('expired');
    const cached = await call('popup.sessions.cached', {
      resource: 'techmont.cz',
      since: since(),
      onlyIdentified: false,
    });
    expect(cached.rows).toHaveLength(CACHE_PAGE_SIZE);
  });
});
