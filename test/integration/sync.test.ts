import { afterEach, describe, expect, it } from 'vitest';
import { countCompanies } from '../../lib/cache/companies';
import { querySessions } from '../../lib/cache/sessions';
import { createSyncer } from '../../lib/sync/syncer';
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
    expect(await countCompanies(db)).toBeGreaterThan(100);
    const [resource] = bg.sandbox.data.resources;
    const newest = await querySessions(db, resource!.domain, { limit: 5 });
    expect(newest).toHaveLength(5);
  });
});
