// Every test gets fresh extension storage (WXT's fake browser); IndexedDB is an in-memory fake.
import 'fake-indexeddb/auto';
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
