import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UNDO_WINDOW_MS } from '../../lib/shared/blacklist/outbox-rules';
import { createBlacklistService } from '../../lib/worker/blacklist/blacklist-service';
import { createSyncer } from '../../lib/worker/sync/syncer';
import type { SandboxOptions } from '../../sandbox/server';
import { FIXED_NOW } from '../clock';
import { backgroundAgainstSandbox, DEMO_EMAIL, DEMO_PASSWORD, until } from './helpers';

let bg: Awaited<ReturnType<typeof backgroundAgainstSandbox>> | undefined;
afterEach(async () => {
  await bg?.close();
  bg = undefined;
});

/** Stands still unless a test moves it: the undo window passes when the test says so. */
let clock = FIXED_NOW.getTime();
const now = () => clock;

async function signedInWithCompanies(options: SandboxOptions = {}) {
  clock = FIXED_NOW.getTime();
  bg = await backgroundAgainstSandbox(options, now);
  await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
  await createSyncer(bg.services).syncNow();
  baseline = await leadyBlacklistAll();
  // A company the sync brought in, as the user would blacklist one from the popup; the first of the
  // seed's list may never have visited (issue 11: at some hours it had not, and its name was unknown).
  const synced = (await (await bg.services.cache()).getAll('companies')).sort((a, b) => a.id - b.id);
  const company = synced.find((c) => /s\.r\.o\./.test(c.name) && !baseline.includes(c.id))!;
  return { bg, companyId: company.id };
}

/** The seed already has a few blacklisted companies; tests look at what they add. */
let baseline: number[] = [];

async function leadyBlacklist(): Promise<number[]> {
  return (await leadyBlacklistAll()).filter((id) => !baseline.includes(id));
}

async function leadyBlacklistAll(): Promise<number[]> {
  const response = await fetch(`${bg!.sandbox.url}blacklist/`, {
    headers: { Authorization: `Token ${bg!.sandbox.token}` },
  });
  const body = (await response.json()) as { results: Array<{ company: { id: number } }> };
  return body.results.map((entry) => entry.company.id);
}

describe('blacklisting through the outbox', () => {
  it('hides the company at once and sends it once after the undo window', async () => {
    const { bg, companyId } = await signedInWithCompanies();
    const changes: number[][] = [];
    const blacklist = createBlacklistService(bg.services, {
      onChange: (items) => changes.push(items.map((i) => i.companyId)),
    });
    const item = await blacklist.add(companyId);
    expect(item).toMatchObject({ state: 'pending', companyId });
    expect(item.companyName).toBe(bg.sandbox.data.companies.find((c) => c.id === companyId)!.name);
    expect(await blacklist.hiddenIds()).toEqual([companyId]);
    expect(changes).toEqual([[companyId]]);

    await blacklist.flush();
    expect(await leadyBlacklist()).toEqual([]);

    clock += UNDO_WINDOW_MS;
    await blacklist.flush();
    expect(await leadyBlacklist()).toEqual([companyId]);
    const listed = (await blacklist.list()).find((i) => i.companyId === companyId);
    expect(listed).toMatchObject({ companyId, state: 'done' });
    expect(listed!.entryId).toBeGreaterThan(0);

    // A second flush sends nothing again.
    await blacklist.flush();
    expect(await leadyBlacklist()).toEqual([companyId]);
  });

  it('undo inside the window never reaches Leady; undo after it removes the entry', async () => {
    const { bg, companyId } = await signedInWithCompanies();
    const blacklist = createBlacklistService(bg.services);
    await blacklist.add(companyId);
    await blacklist.undo(companyId);
    clock += UNDO_WINDOW_MS;
    await blacklist.flush();
    expect(await leadyBlacklist()).toEqual([]);
    expect(await blacklist.hiddenIds()).toEqual([]);

    await blacklist.add(companyId);
    clock += UNDO_WINDOW_MS;
    await blacklist.flush();
    expect(await leadyBlacklist()).toEqual([companyId]);
    await blacklist.undo(companyId);
    expect(await leadyBlacklist()).toEqual([]);
    expect(await blacklist.hiddenIds()).toEqual([]);
  });

  it('keeps the item when offline and sends it from a restarted worker; "already blacklisted" counts as done', async () => {
    const { bg, companyId } = await signedInWithCompanies();
    const first = createBlacklistService(bg.services);
    await first.add(companyId);
    clock += UNDO_WINDOW_MS;
    bg.sandbox.faults.add({ kind: 'drop', path: 'blacklist/', method: 'POST', times: 1 });
    await first.flush();
    expect((await first.list()).find((i) => i.companyId === companyId)?.state).toBe('pending');

    // The worker is stopped; a new one reads the persisted outbox.
    const second = createBlacklistService(bg.services);
    await second.flush();
    expect(await leadyBlacklist()).toEqual([companyId]);

    // Blacklisted again from a stale tab: Leady answers 400 "already blacklisted", which is success.
    const other = bg.sandbox.data.companies.find((c) => c.id !== companyId && !baseline.includes(c.id))!.id;
    await fetch(`${bg.sandbox.url}blacklist/`, {
      method: 'POST',
      headers: { Authorization: `Token ${bg.sandbox.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ company: other }),
    });
    await second.add(other);
    clock += UNDO_WINDOW_MS;
    await second.flush();
    expect((await second.list()).find((i) => i.companyId === other)?.state).toBe('done');
  });

  it('a worker started inside the undo window schedules the send for the end of it, not later', async () => {
    const { bg, companyId } = await signedInWithCompanies();
    const scheduled: number[] = [];
    const blacklist = createBlacklistService(bg.services, { scheduleFlush: (at) => scheduled.push(at) });
    const item = (await blacklist.add(companyId)) as { createdAt: number };
    scheduled.length = 0;
    clock += 1_000;
    await blacklist.flush();
    expect(scheduled).toEqual([item.createdAt + UNDO_WINDOW_MS]);
  });

  it('reports a final refusal as failed and stops hiding the company', async () => {
    const { bg } = await signedInWithCompanies();
    const blacklist = createBlacklistService(bg.services);
    await blacklist.add(999_999_999);
    clock += UNDO_WINDOW_MS;
    await blacklist.flush();
    const [item] = (await blacklist.list()).filter((i) => i.companyId === 999_999_999);
    expect(item).toMatchObject({ state: 'failed', error: { kind: 'validation' } });
    expect(await blacklist.hiddenIds()).toEqual([]);
  });
});

describe('the outbox under pressure (issue 12)', () => {
  it('keeps all of ten blacklistings made at once and sends each to Leady exactly once', async () => {
    const posts: string[] = [];
    const { bg } = await signedInWithCompanies({
      onRequest: ({ method, path }) => {
        if (method === 'POST' && path.endsWith('/blacklist/')) posts.push(path);
      },
    });
    const ids = bg.sandbox.data.companies
      .filter((c) => /s\.r\.o\./.test(c.name) && !baseline.includes(c.id))
      .slice(0, 10)
      .map((c) => c.id)
      .sort((a, b) => a - b);
    // Browser storage answers over IPC, a round trip later; the fake answers at once, which would hide the race.
    const { get, set } = fakeBrowser.storage.local;
    const later = () => new Promise((resolve) => setTimeout(resolve, 1));
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (...args) => {
      await later();
      return get(...args);
    });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (...args) => {
      await later();
      return set(...args);
    });
    const blacklist = createBlacklistService(bg.services);
    await Promise.all(ids.map((id) => blacklist.add(id)));
    expect((await blacklist.hiddenIds()).sort((a, b) => a - b)).toEqual(ids);

    clock += UNDO_WINDOW_MS;
    // The timer and the alarm may both fire: still one POST per company.
    await Promise.all([blacklist.flush(), blacklist.flush()]);
    await blacklist.flush();
    expect((await leadyBlacklist()).sort((a, b) => a - b)).toEqual(ids);
    expect(posts).toHaveLength(10);
  });

  it('Undo while the POST is on its way still ends with the company not blacklisted in Leady', async () => {
    const { bg, companyId } = await signedInWithCompanies();
    const blacklist = createBlacklistService(bg.services);
    await blacklist.add(companyId);
    clock += UNDO_WINDOW_MS;
    bg.sandbox.faults.add({ kind: 'latency', ms: 300, path: 'blacklist/', method: 'POST', times: 1 });
    const flushing = blacklist.flush();
    // The fault is used up once the POST has reached the sandbox: it is in flight now.
    await until(() => bg.sandbox.faults.list().length === 0);

    await blacklist.undo(companyId);
    expect(await blacklist.hiddenIds()).toEqual([]);
    await flushing;
    await blacklist.flush();
    expect(await leadyBlacklist()).toEqual([]);
    expect(await blacklist.hiddenIds()).toEqual([]);
    expect((await blacklist.list()).some((i) => i.companyId === companyId)).toBe(false);
  });

  it('an Undo that cannot reach Leady is kept, shown at once, and sent with a later flush', async () => {
    const { bg, companyId } = await signedInWithCompanies();
    const blacklist = createBlacklistService(bg.services);
    await blacklist.add(companyId);
    clock += UNDO_WINDOW_MS;
    await blacklist.flush();
    bg.sandbox.faults.add({ kind: 'drop', path: 'blacklist/*/', method: 'DELETE', times: 1 });

    await blacklist.undo(companyId);
    expect(await blacklist.hiddenIds()).toEqual([]);
    expect((await blacklist.list()).some((i) => i.companyId === companyId)).toBe(false);
    expect(await leadyBlacklist()).toEqual([companyId]);
    // A worker started later owes the same removal: it is in the stored outbox.
    await createBlacklistService(bg.services).flush();
    expect(await leadyBlacklist()).toEqual([]);
  });

  it('Remove on an entry made elsewhere (only in Leady’s list) removes it from Leady', async () => {
    const { bg, companyId } = await signedInWithCompanies();
    await fetch(`${bg.sandbox.url}blacklist/`, {
      method: 'POST',
      headers: { Authorization: `Token ${bg.sandbox.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ company: companyId }),
    });
    const blacklist = createBlacklistService(bg.services);
    expect((await blacklist.list()).find((i) => i.companyId === companyId)).toMatchObject({ state: 'done' });

    await blacklist.undo(companyId);
    expect(await leadyBlacklist()).toEqual([]);
    expect((await blacklist.list()).some((i) => i.companyId === companyId)).toBe(false);
  });

  it('a POST that succeeded with a cut-off answer is confirmed from Leady’s list, never reported as failed', async () => {
    const { bg, companyId } = await signedInWithCompanies();
    const failed: number[] = [];
    const blacklist = createBlacklistService(bg.services, { onFailed: (i) => failed.push(i.companyId) });
    await blacklist.add(companyId);
    clock += UNDO_WINDOW_MS;
    bg.sandbox.faults.add({ kind: 'malformed-json', path: 'blacklist/', method: 'POST', times: 1 });
    await blacklist.flush();

    expect(failed).toEqual([]);
    expect(await leadyBlacklist()).toEqual([companyId]);
    expect(await blacklist.hiddenIds()).toEqual([companyId]);
    const listed = (await blacklist.list()).filter((i) => i.companyId === companyId);
    expect(listed).toMatchObject([{ state: 'done' }]);
    // Its entry is known, so Undo removes it from Leady.
    await blacklist.undo(companyId);
    expect(await leadyBlacklist()).toEqual([]);
  });
});
