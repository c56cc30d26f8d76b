import { afterEach, describe, expect, it } from 'vitest';
import { createSyncer } from '../../lib/worker/sync/syncer';
import { backgroundAgainstSandbox, DEMO_EMAIL, DEMO_PASSWORD, until } from './helpers';

let bg: Awaited<ReturnType<typeof backgroundAgainstSandbox>> | undefined;
afterEach(async () => {
  await bg?.close();
  bg = undefined;
});

describe('the client and queue against a misbehaving sandbox', () => {
  it('waits out 429s in one scope while other scopes keep answering, and completes the sync', async () => {
    bg = await backgroundAgainstSandbox({ scale: 400 });
    await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
    // A 429 storm on sessions: the next three requests are refused with Retry-After: 1.
    bg.sandbox.faults.add({ kind: 'throttle', scope: 'sessions', retryAfter: 1, times: 3 });
    const sync = createSyncer(bg.services).syncNow();
    await until(() => bg!.services.queue.throttledFor('sessions') > 0);
    // A person's request in another scope is not held up by it.
    await expect(
      (await bg.services.client()).listResources({ priority: 'interactive' }),
    ).resolves.toMatchObject({
      results: expect.any(Array),
    });
    const summary = await sync;
    expect(summary.sessions).toBeGreaterThan(300);
  });

  it('retries GETs through HTML 502s, empty 503s and dropped connections', async () => {
    bg = await backgroundAgainstSandbox({ scale: 200 });
    await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
    bg.sandbox.faults.add([
      { kind: 'html-5xx', path: 'resources/', status: 502, times: 1 },
      { kind: 'empty-5xx', path: 'resources/', status: 503, times: 1 },
      { kind: 'drop', path: 'resources/', times: 1 },
    ]);
    const page = await (await bg.services.client()).listResources();
    expect(page.results.length).toBeGreaterThan(0);
  });

  it('turns a malformed response into a clear error and loses no cached data', async () => {
    bg = await backgroundAgainstSandbox({ scale: 200 });
    await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
    await createSyncer(bg.services).syncNow();
    const cached = await (await bg.services.cache()).count('companies');
    bg.sandbox.faults.add({ kind: 'wrong-shape', path: 'resources/*/sessions/', shape: 'results-object' });
    await expect(createSyncer(bg.services).syncNow()).rejects.toMatchObject({
      kind: 'malformed',
      endpoint: 'sessions.list',
    });
    bg.sandbox.faults.clear();
    bg.sandbox.faults.add({ kind: 'malformed-json', path: 'resources/*/sessions/' });
    await expect(createSyncer(bg.services).syncNow()).rejects.toMatchObject({ kind: 'malformed' });
    expect(await (await bg.services.cache()).count('companies')).toBe(cached);
  });

  it('resumes an interrupted sync from its saved page instead of starting over', async () => {
    const sessionRequests: string[] = [];
    let sandbox: { faults: { add(spec: object): unknown } } | undefined;
    bg = await backgroundAgainstSandbox({
      scale: 900,
      onRequest: ({ path }) => {
        if (!path.includes('/sessions/')) return;
        sessionRequests.push(path);
        // The worker "stops" after the third page: the next request fails hard, once.
        if (sessionRequests.length === 3) {
          sandbox?.faults.add({
            kind: 'wrong-shape',
            path: 'resources/*/sessions/',
            shape: 'null',
            times: 1,
          });
        }
      },
    });
    sandbox = bg.sandbox;
    await bg.auth.signIn(DEMO_EMAIL, DEMO_PASSWORD);
    await expect(createSyncer(bg.services).syncNow()).rejects.toMatchObject({ kind: 'malformed' });

    const db = await bg.services.cache();
    const [domain] = bg.sandbox.data.resources.map((r) => r.domain);
    const saved = await db.get('syncState', domain!);
    expect(saved?.run?.pages).toBe(3);
    expect(saved?.run?.next).toContain('cursor=');

    const before = sessionRequests.length;
    await createSyncer(bg.services).syncNow();
    // The first request after the restart is the saved next page, not the first page again.
    expect(sessionRequests[before]).toBe(
      new URL(saved!.run!.next!).pathname + new URL(saved!.run!.next!).search,
    );
    expect((await db.get('syncState', domain!))?.syncedUntil).toBeDefined();
  });
});
