import { afterEach, describe, expect, it } from 'vitest';
import { createBlacklistService } from '../../lib/blacklist/blacklist-service';
import { UNDO_WINDOW_MS } from '../../lib/blacklist/outbox-rules';
import { allCompanies } from '../../lib/cache/companies';
import { createSyncer } from '../../lib/sync/syncer';
import { FIXED_NOW } from '../clock';
import { backgroundAgainstSandbox, DEMO_EMAIL, DEMO_PASSWORD } from './helpers';

let bg: Awaited<ReturnType<typeof backgroundAgainstSandbox>> | undefined;
afterEach(async () => {
  await bg?.close();
  bg = undefined;
});

/** Stands still unless a test moves it: the undo window passes when the test says so. */
let clock = FIXED_NOW.getTime();
const now = () => clock;

async function signedInWithCompanies() {
  clock = FIXED_NOW.getTime();
  bg = await backgroundAgainstSandbox({}, now);
  await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
  await createSyncer(bg.services).syncNow();
  baseline = await leadyBlacklistAll();
  // A company the sync brought in, as the user would blacklist one from the popup; the first of the
  // seed's list may never have visited (issue 11: at some hours it had not, and its name was unknown).
  const synced = (await allCompanies(await bg.services.cache())).sort((a, b) => a.id - b.id);
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
