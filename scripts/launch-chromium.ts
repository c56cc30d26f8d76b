/**
 * Starts Chromium with an unpacked build of the extension (playwright-core driving Debian's
 * Chromium; Playwright's own browser download does not work offline). Shared by `npm start` and
 * the end-to-end tests.
 */
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { pointExtensionAtApi } from './extension-settings';

export interface LaunchedChromium {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
}

export async function launchChromiumWithExtension(options: {
  executablePath: string;
  extensionDir: string;
  userDataDir: string;
  headless: boolean;
  locale?: string;
  /** More command-line switches (e.g. host-resolver rules that send a CRM host to a local server). */
  extraArgs?: string[];
}): Promise<LaunchedChromium> {
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath: options.executablePath,
    headless: options.headless,
    locale: options.locale ?? 'en-US',
    timezoneId: 'Europe/Prague',
    viewport: options.headless ? { width: 1280, height: 900 } : null,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      // This machine's network is closed: background services only produce refused connections.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = async (): Promise<Worker> =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await worker()).url()).host;
  return { context, extensionId, worker };
}

/** Points the extension at a sandbox on any port (the build's default URL has a fixed port). */
export async function useApi(worker: Worker, apiBaseUrl: string): Promise<void> {
  await worker.evaluate(pointExtensionAtApi, apiBaseUrl);
}
