/**
 * Starts Firefox with a build of the extension installed as a temporary add-on (puppeteer-core
 * speaking WebDriver BiDi to Debian's firefox-esr; nothing is downloaded). Used by the Firefox
 * end-to-end tests.
 *
 * BiDi refuses to navigate a tab to moz-extension:// and reports such tabs as about:blank, so a test
 * build opens its options page by itself (lib/worker/test-control-page.ts) and pages are found
 * by asking them where they are.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on's id (browser_specific_settings.gecko.id). */
  addonId: string;
}

export async function launchFirefoxWithExtension(options: {
  executablePath: string;
  extensionDir: string;
  headless: boolean;
}): Promise<LaunchedFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath,
    headless: options.headless,
    defaultViewport: { width: 1280, height: 900 },
    // The popup shows times in the user's zone; the tests expect Prague's, as in Chromium.
    env: { ...process.env, TZ: 'Europe/Prague' },
    extraPrefsFirefox: {
      'intl.locale.requested': 'en-US',
      // This machine's network is closed: background services only produce refused connections.
      'app.update.enabled': false,
      'extensions.update.enabled': false,
    },
  });
  try {
    const addonId = await browser.installExtension(options.extensionDir);
    return { browser, addonId };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * The open tab showing the extension page `path` (e.g. '/popup.html'), other than the tabs in
 * `except`; waits for it to load.
 */
export async function findExtensionPage(
  browser: Browser,
  path: string,
  except: Page[] = [],
  timeoutMs = 15_000,
): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const page of await browser.pages()) {
      if (except.includes(page)) continue;
      const ready = await page
        .evaluate(
          (wanted) =>
            location.protocol === 'moz-extension:' &&
            location.pathname === wanted &&
            typeof (globalThis as { browser?: unknown }).browser === 'object' &&
            document.readyState === 'complete',
          path,
        )
        .catch(() => false);
      if (ready) return page;
    }
    if (Date.now() > deadline) throw new Error(`No extension page ${path} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
