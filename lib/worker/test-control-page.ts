import { browser } from 'wxt/browser';
import { recordFailure } from './diagnostics/failures';

/**
 * Test builds for Firefox only. Firefox's WebDriver BiDi refuses to navigate a tab to a
 * moz-extension:// page, so the end-to-end tests (test/e2e/firefox) cannot open one themselves: the
 * extension opens its options page once it is installed, and the tests drive everything from there
 * (messages, storage, `runtime.getBackgroundPage()` for the test hooks).
 */
export function openTestControlPage(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.tabs
      .create({ url: browser.runtime.getURL('/options.html'), active: false })
      .catch(recordFailure('test.control-page'));
  });
}
