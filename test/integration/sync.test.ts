import { afterEach, describe, expect, it } from 'vitest';
import { querySessions } from '../../lib/worker/cache/sessions';
import { getSyncState, putSyncState } from '../../lib/worker/cache/sync-state';
import { createSyncer } from '../../lib/worker/sync/syncer';
import type { SandboxOptions } from '../../sandbox/server';
import { backgroundAgainstSandbox, DEMO_EMAIL, DEMO_PASSWORD } from './helpers';

let bg: Awaited<ReturnType<typeof backgroundAgainstSandbox>> | undefined;
afterEach(async () => {
  await bg?.close();
  bg = undefined;
});

describe('sync against the sandbox', () => {
  it('signs in and syncs every tracked website’s sessions and companies into the cache', async () => {
    bg = await backgroundAgainstSandbox();
    await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
    const summary = await createSyncer(bg.services).syncNow();
    expect(summary.resources).toBe(bg.sandbox.data.resources.length);
    expect(summary.sessions).toBeGreaterThan(2000);
    const db = await bg.services.cache();
    expect(await db.count('companies')).toBeGreaterThan(100);
    const [resource] = bg.sandbox.data.resources;
    const newest = await querySessions(db, resource!.domain, { limit: 5 });
    expect(newest).toHaveLength(5);
  });
});

/** The sandbox's data and the extension's clock at one fixed instant. */
const START = new Date('2026-11-27T10:00:00Z');
const DAY_MS = 86_400_000;
const ELSEWHERE = 'https://collector.example/v1/resources/x/sessions/?cursor=c2Vzc2lvbnM';

async function signedIn(options: SandboxOptions = {}, network?: typeof fetch) {
  bg = await backgroundAgainstSandbox({ now: START, scale: 300, ...options }, () => START.getTime(), network);
  await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
  const domains = bg.sandbox.data.resources.map((r) => r.domain);
  return { bg, db: await bg.services.cache(), domains };
}

describe('a poisoned resume point (issue 12)', () => {
  it('drops a saved cursor on another origin and syncs that website from its period start', async () => {
    const sessionPaths: string[] = [];
    const { bg, db, domains } = await signedIn({
      onRequest: ({ path }) => {
        if (path.includes('/sessions/')) sessionPaths.push(path);
      },
    });
    const [first] = domains;
    const periodStart = START.getTime() - 30 * DAY_MS;
    await putSyncState(db, {
      resource: first!,
      run: { periodStart, startedAt: START.getTime(), next: ELSEWHERE, pages: 1 },
    });

    const summary = await createSyncer(bg.services).syncNow();
    expect(summary.resources).toBe(domains.length);
    for (const domain of domains) {
      const state = await getSyncState(db, domain);
      expect(state.run, domain).toBeUndefined();
      expect(state.syncedUntil, domain).toBe(START.getTime());
    }
    expect(sessionPaths.some((path) => path.includes(`/resources/${first}/sessions/?period_start=`))).toBe(
      true,
    );
    // And the next sync is an ordinary one.
    await expect(createSyncer(bg.services).syncNow()).resolves.toMatchObject({ resources: domains.length });
  });

  it('never saves a next link it refuses to follow as the resume point', async () => {
    let poisoned = 0;
    // A broken proxy rewrites the first website's first page to point elsewhere, once.
    const network: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (poisoned > 0 || !url.includes(`/resources/${first}/sessions/`)) return response;
      poisoned += 1;
      const body = (await response.json()) as object;
      return new Response(JSON.stringify({ ...body, next: ELSEWHERE }), {
        status: response.status,
        headers: { 'content-type': 'application/json' },
      });
    };
    let first: string | undefined;
    const { bg, db, domains } = await signedIn({}, network);
    first = domains[0];

    await expect(createSyncer(bg.services).syncNow()).rejects.toMatchObject({ kind: 'malformed' });
    expect(poisoned).toBe(1);
    expect((await getSyncState(db, first!)).run).toBeUndefined();
    await createSyncer(bg.services).syncNow();
    expect((await getSyncState(db, first!)).syncedUntil).toBe(START.getTime());
  });

  it('one website’s failure does not stop the others from syncing', async () => {
    const { bg, db, domains } = await signedIn();
    const [first, ...others] = domains;
    bg.sandbox.faults.add({ kind: 'wrong-shape', path: `resources/${first}/sessions/`, shape: 'null' });

    await expect(createSyncer(bg.services).syncNow()).rejects.toMatchObject({ kind: 'malformed' });
    expect((await getSyncState(db, first!)).syncedUntil).toBeUndefined();
    expect(others.length).toBeGreaterThan(0);
    for (const domain of others) {
      expect((await getSyncState(db, domain)).syncedUntil, domain).toBe(START.getTime());
    }
  });
});
