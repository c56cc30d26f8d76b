import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { LeadyError } from '../../lib/shared/api/errors';
import { createMessageRouter, type Handlers } from '../../lib/worker/messaging/router';
import { contentScript, ORIGIN, popup, RUNTIME_ID } from './senders';

const otherExtension: Browser.runtime.MessageSender = {
  id: 'someone-else',
  url: 'chrome-extension://someone-else/x',
};

function router() {
  const status = vi.fn(async () => ({
    state: 'signed-in' as const,
    apiBaseUrl: 'https://api.leady.com/v1/',
  }));
  const signOut = vi.fn(async () => ({
    state: 'signed-out' as const,
    apiBaseUrl: 'https://api.leady.com/v1/',
  }));
  const handlers: Handlers = {
    'auth.status': { allow: ['extension-page', 'content-script'], handle: status },
    'auth.signOut': { allow: ['extension-page'], handle: signOut },
  };
  return { route: createMessageRouter(handlers, RUNTIME_ID, ORIGIN), status, signOut };
}

describe('message router', () => {
  it('answers an allowed sender with the handler result', async () => {
    const { route } = router();
    await expect(route({ type: 'auth.status', payload: undefined }, popup)).resolves.toEqual({
      ok: true,
      value: { state: 'signed-in', apiBaseUrl: 'https://api.leady.com/v1/' },
    });
  });

  it('refuses messages from another extension without calling the handler', async () => {
    const { route, status } = router();
    const result = await route({ type: 'auth.status', payload: undefined }, otherExtension);
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(status).not.toHaveBeenCalled();
  });

  it('keeps privileged messages away from content scripts', async () => {
    const { route, signOut } = router();
    const result = await route({ type: 'auth.signOut', payload: undefined }, contentScript);
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(signOut).not.toHaveBeenCalled();
    await expect(route({ type: 'auth.status', payload: undefined }, contentScript)).resolves.toMatchObject({
      ok: true,
    });
  });

  it('answers content scripts only from a tab it can address', async () => {
    const { route, status } = router();
    const noTabId = { ...contentScript, tab: {} as Browser.tabs.Tab };
    const noTab = { id: RUNTIME_ID, url: contentScript.url };
    for (const sender of [noTabId, noTab]) {
      const result = await route({ type: 'auth.status', payload: undefined }, sender);
      expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(status).not.toHaveBeenCalled();
  });

  it('ignores messages that are not part of the protocol, so other listeners can answer', () => {
    const { route } = router();
    expect(route({ type: 'something.else', payload: 1 }, popup)).toBeUndefined();
    expect(route('hello', popup)).toBeUndefined();
    expect(route(null, popup)).toBeUndefined();
  });

  it('ignores types that name inherited properties instead of throwing in the listener', () => {
    const { route } = router();
    for (const type of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(route({ type }, popup)).toBeUndefined();
    }
  });

  it('turns a thrown LeadyError into a serialisable error result', async () => {
    const handlers: Handlers = {
      'auth.status': {
        allow: ['extension-page'],
        handle: async () => {
          throw new LeadyError({ kind: 'throttled', endpoint: 'x', message: 'slow', retryAfterSeconds: 9 });
        },
      },
    };
    const route = createMessageRouter(handlers, RUNTIME_ID, ORIGIN);
    const result = await route({ type: 'auth.status', payload: undefined }, popup);
    expect(JSON.parse(JSON.stringify(result))).toMatchObject({
      ok: false,
      error: { kind: 'throttled', retryAfterSeconds: 9 },
    });
  });
});
