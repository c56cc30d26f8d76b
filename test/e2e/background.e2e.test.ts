import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_EMAIL, type ExtensionSession, launchExtension } from './harness';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('background worker in Chromium', () => {
  it('signs in against the sandbox, syncs sessions, and never hands out the token', async () => {
    session = await launchExtension();
    await session.signInAndSync();
    const status = await session.send<Record<string, unknown>>('auth.status');
    expect(status).toMatchObject({ state: 'signed-in', email: DEMO_EMAIL, apiBaseUrl: session.sandbox.url });
    expect(JSON.stringify(status)).not.toMatch(/token/i);
    const sync = await session.send<{ lastSuccessAt?: number }>('sync.status');
    expect(sync.lastSuccessAt).toBeGreaterThan(0);
  });

  it('rejects wrong credentials with the API’s own message', async () => {
    session = await launchExtension();
    await expect(session.send('auth.signIn', { email: DEMO_EMAIL, password: 'wrong' })).rejects.toThrow(
      /bad-credentials.*Unable to log in with provided credentials/,
    );
    expect(await session.send('auth.status')).toMatchObject({ state: 'signed-out' });
  });
});
