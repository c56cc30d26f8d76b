// Every test gets fresh extension storage (WXT's fake browser); IndexedDB is an in-memory fake.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
