// Every test gets fresh extension storage (WXT's fake browser); IndexedDB is an in-memory fake.
import 'fake-indexeddb/auto';
import nodeConsole from 'node:console';
import { deleteDB } from 'idb';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(async () => {
  fakeBrowser.reset();
  // The worker's token database (lib/worker/token-store.ts): no test inherits a signed-in token.
  await deleteDB('leady-token');
  // The fake browser does not implement i18n.getUILanguage; tests run with an English browser.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

/**
 * happy-dom cannot load extension pages into frames, and reports every card frame the overlay opens
 * as an error on the console it was given: Node's own (`node:console`), not the test's. The tests
 * check the frame's URL instead; only that one report is dropped, so real errors stand out.
 */
function isFrameLoadingRefusal(value: unknown): boolean {
  const error = value as { name?: unknown; message?: unknown } | null;
  return (
    error?.name === 'NotSupportedError' &&
    typeof error.message === 'string' &&
    error.message.endsWith('Iframe page loading is disabled.')
  );
}
const reportError = nodeConsole.error.bind(nodeConsole);
nodeConsole.error = (...args: unknown[]) => {
  if (!isFrameLoadingRefusal(args[0])) reportError(...args);
};
