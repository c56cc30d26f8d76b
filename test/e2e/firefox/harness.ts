/**
 * Runs the built extension in Firefox (Debian's firefox-esr, via puppeteer-core over WebDriver BiDi)
 * against a sandbox on a random port. Each `launchFirefox()` gets a fresh profile.
 *
 * Everything the Chromium harness does through the service worker happens here from the options
 * page the test build opens (BiDi cannot open moz-extension:// pages): messages, storage, tabs, and
 * the background page's test hooks through `runtime.getBackgroundPage()`.
 */
import type { Browser, Page } from 'puppeteer-core';
import { type SandboxOptions, type SandboxServer, startSandbox } from '../../../sandbox/server';
import { pointExtensionAtApi } from '../../../scripts/extension-settings';
import { findFirefox } from '../../../scripts/find-firefox.mjs';
import { findExtensionPage, launchFirefoxWithExtension } from '../../../scripts/launch-firefox';
import { E2E_FIREFOX_EXTENSION_DIR } from '../build';
import { demoUrl, type Send, signInAndSync } from '../harness';

export interface FirefoxSession {
  browser: Browser;
  sandbox: SandboxServer;
  /** The extension's options page, opened by the test build: where the tests act from. */
  control: Page;
  /** Opens the popup as a tab (headless Firefox has no toolbar to click). */
  openPopup(): Promise<Page>;
  /** A new tab for a web page. */
  newPage(): Promise<Page>;
  send: Send;
  signInAndSync(): Promise<void>;
  demoUrl(path: string): string;
  /** The browser's tab id of a page showing `url`. */
  tabIdOf(url: string): Promise<number>;
  /** The user chose the "Blacklist … in Leady" menu item in that tab (the real click handler). */
  chooseBlacklistMenuItem(tabId: number): Promise<void>;
  /**
   * The value of `code` (its promise's, when it gives one) run in that tab's content-script world,
   * as a compromised or buggy content script would run it: Firefox runs `tabs.executeScript` code in
   * the same sandbox as the extension's content scripts, with their APIs.
   */
  inContentScript<T>(tabId: number, code: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * The text of the page's frame whose URL contains `path` (the card's extension frame), or '' when
 * there is none yet. Puppeteer does not list a moz-extension frame among a page's frames, so this
 * asks WebDriver BiDi for the page's browsing-context tree and evaluates in that frame directly.
 */
export async function extensionFrameText(page: Page, path: string): Promise<string> {
  interface Context {
    context: string;
    url: string;
    children: Context[] | null;
  }
  const bidi = (
    page.browser() as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }
  ).connection;
  const root = (page.mainFrame() as unknown as { _id: string })._id;
  const tree = (await bidi.send('browsingContext.getTree', { root })) as {
    result: { contexts: Context[] };
  };
  const find = (contexts: Context[] | null): Context | undefined => {
    for (const context of contexts ?? []) {
      if (context.url.includes(path)) return context;
      const found = find(context.children);
      if (found) return found;
    }
    return undefined;
  };
  const frame = find(tree.result.contexts);
  if (!frame) return '';
  const answer = (await bidi.send('script.evaluate', {
    expression: 'document.body.textContent',
    target: { context: frame.context },
    awaitPromise: false,
  })) as { result: { result: { type: string; value?: string } } };
  return answer.result.result.value ?? '';
}

export async function launchFirefox(options: { sandbox?: SandboxOptions } = {}): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error('No Firefox found (apt-get install -y firefox-esr, or set LEADY_FIREFOX)');
  const sandbox = await startSandbox({ port: 0, ...options.sandbox });
  let browser: Browser;
  try {
    ({ browser } = await launchFirefoxWithExtension({
      executablePath,
      extensionDir: E2E_FIREFOX_EXTENSION_DIR,
      headless: true,
    }));
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  const control = await findExtensionPage(browser, '/options.html');
  await control.evaluate(pointExtensionAtApi, sandbox.url);

  const send: Send = async <T>(type: string, payload?: unknown): Promise<T> => {
    const result = await control.evaluate(
      (t, p) =>
        (
          globalThis as unknown as {
            browser: {
              runtime: {
                sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
              };
            };
          }
        ).browser.runtime.sendMessage({ type: t, payload: p }),
      type,
      payload,
    );
    if (!result?.ok) throw new Error(`${type} failed: ${JSON.stringify(result?.error ?? result)}`);
    return result.value as T;
  };

  return {
    browser,
    sandbox,
    control,
    async openPopup() {
      const open = await browser.pages();
      await control.evaluate(() =>
        (
          globalThis as unknown as { browser: { tabs: { create(p: object): Promise<unknown> } } }
        ).browser.tabs.create({ url: '/popup.html' }),
      );
      return findExtensionPage(browser, '/popup.html', open);
    },
    newPage: () => browser.newPage(),
    send,
    signInAndSync: () => signInAndSync(send),
    demoUrl: (path) => demoUrl(sandbox, path),
    async tabIdOf(url) {
      const tabs = await control.evaluate(() =>
        (
          globalThis as unknown as {
            browser: { tabs: { query(q: object): Promise<Array<{ id: number; url: string }>> } };
          }
        ).browser.tabs.query({}),
      );
      const matching = tabs.filter((candidate) => candidate.url === url);
      if (matching.length !== 1) throw new Error(`${matching.length} tabs show ${url}, expected one`);
      return matching[0]!.id;
    },
    async chooseBlacklistMenuItem(tabId) {
      await control.evaluate(async (id) => {
        type Hooks = { leadyTest: { contextMenu: { onClicked(info: object, tab: object): Promise<void> } } };
        const ext = (
          globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Hooks> } } }
        ).browser;
        const background = await ext.runtime.getBackgroundPage();
        await background.leadyTest.contextMenu.onClicked(
          { menuItemId: 'leady-blacklist', frameId: 0 },
          { id },
        );
      }, tabId);
    },
    async inContentScript<T>(tabId: number, code: string) {
      return control.evaluate(
        async (id, source) => {
          const ext = (
            globalThis as unknown as {
              browser: { tabs: { executeScript(id: number, details: object): Promise<unknown[]> } };
            }
          ).browser;
          return (await ext.tabs.executeScript(id, { code: source }))[0];
        },
        tabId,
        code,
      ) as Promise<T>;
    },
    async close() {
      await browser.close().catch(() => {});
      await sandbox.close();
    },
  };
}
