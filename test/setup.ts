// Every test gets fresh extension storage (WXT's fake browser); IndexedDB is an in-memory fake.
import 'fake-indexeddb/auto';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser does not implement i18n.getUILanguage; tests run with an English browser.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
});
