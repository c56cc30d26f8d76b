import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createErrorLog } from '../../lib/worker/diagnostics/error-log';
import { diagnosticsHandlers } from '../../lib/worker/handlers/diagnostics';
import { createMessageRouter } from '../../lib/worker/messaging/router';

const ORIGIN = 'chrome-extension://test-extension-id/';
const NOW = Date.UTC(2026, 2, 14, 9, 30);
const optionsPage: Browser.runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: `${ORIGIN}options.html`,
};
const contentScript: Browser.runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: 'https://app.hubspot.com/contacts/1/record/0-2/5',
  tab: { id: 4 } as Browser.tabs.Tab,
};

describe('diagnostics messages', () => {
  it('give the options page the log and let it clear it; a content script gets neither', async () => {
    const log = createErrorLog({ now: () => NOW });
    await log.record('sync.alarm', new Error('offline'));
    const route = createMessageRouter(diagnosticsHandlers(log), fakeBrowser.runtime.id, ORIGIN);

    expect(await route({ type: 'diagnostics.log' }, contentScript)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(await route({ type: 'diagnostics.clear' }, contentScript)).toMatchObject({ ok: false });
    expect(await log.entries()).toHaveLength(1);

    expect(await route({ type: 'diagnostics.log' }, optionsPage)).toEqual({
      ok: true,
      value: { entries: [{ at: NOW, context: 'sync.alarm', message: 'Error: offline' }] },
    });
    expect(await route({ type: 'diagnostics.clear' }, optionsPage)).toMatchObject({ ok: true });
    expect(await log.entries()).toEqual([]);
  });
});
