/**
 * Runs the built extension in real Chromium (Debian's, via playwright-core) against a sandbox on a
 * random port. Each `launchExtension()` gets a fresh profile, so tests never see each other's state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import { type SandboxOptions, type SandboxServer, startSandbox } from '../../sandbox/server';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { launchChromiumWithExtension, useApi } from '../../scripts/launch-chromium';
import { E2E_EXTENSION_DIR } from './build';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker (an IIFE: evaluate sees `chrome`, not module names). */
  worker: () => Promise<Worker>;
  sandbox: SandboxServer;
  /** Opens the popup as a tab (Chromium cannot open the real action popup headless). */
  openPopup(): Promise<Page>;
  /** Sends a protocol message from an extension page, as the popup would; throws on an error result. */
  send<T = unknown>(type: string, payload?: unknown): Promise<T>;
  /** Signs in with the sandbox's demo login and waits for the first sync to finish. */
  signInAndSync(): Promise<void>;
  /** URL of a sandbox demo page, e.g. demoUrl('hubspot/contacts/123/objects/0-2/views/all/list'). */
  demoUrl(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  sandbox?: SandboxOptions;
  /** Browser UI language (decides the extension's language on 'auto'). */
  locale?: string;
  /** More Chromium switches. */
  chromiumArgs?: string[];
}

export const DEMO_EMAIL = 'demo@leady.test';
export const DEMO_PASSWORD = 'leady-demo';

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found (apt-get install -y chromium, or set LEADY_CHROMIUM)');
  const sandbox = await startSandbox({ port: 0, ...options.sandbox });
  const userDataDir = mkdtempSync(join(tmpdir(), 'leady-e2e-'));
  const { context, extensionId, worker } = await launchChromiumWithExtension({
    executablePath,
    extensionDir: E2E_EXTENSION_DIR,
    userDataDir,
    headless: true,
    locale: options.locale,
    extraArgs: options.chromiumArgs,
  });
  await useApi(await worker(), sandbox.url);

  let messenger: Page | undefined;
  async function send<T>(type: string, payload?: unknown): Promise<T> {
    if (!messenger || messenger.isClosed()) {
      messenger = await context.newPage();
      await messenger.goto(`chrome-extension://${extensionId}/popup.html`);
    }
    const result = await messenger.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [
      type,
      payload,
    ] as const);
    if (!result?.ok) throw new Error(`${type} failed: ${JSON.stringify(result?.error ?? result)}`);
    return result.value as T;
  }

  return {
    context,
    extensionId,
    worker,
    sandbox,
    async openPopup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    send,
    signInAndSync: () => signInAndSync(send),
    demoUrl: (path) => demoUrl(sandbox, path),
    async close() {
      await context.close().catch(() => {});
      await sandbox.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A protocol message sent from an extension page, as the popup would; throws on an error result. */
export type Send = <T = unknown>(type: string, payload?: unknown) => Promise<T>;

/** Signs in with the sandbox's demo login and waits for the first sync to finish (any browser). */
export async function signInAndSync(send: Send): Promise<void> {
  await send('auth.signIn', { email: DEMO_EMAIL, password: DEMO_PASSWORD });
  await waitFor(async () => {
    const status = await send<{ running: boolean; lastSuccessAt?: number }>('sync.status');
    return !status.running && status.lastSuccessAt !== undefined;
  }, 60_000);
}

/** URL of a sandbox demo CRM page. */
export function demoUrl(sandbox: SandboxServer, path: string): string {
  return `${sandbox.origin}/demo/${path.replace(/^\/+/, '')}`;
}

/** Polls until `check` is true; fails with a clear message instead of hanging. */
export async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs = 15_000,
  intervalMs = 200,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (performance.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * The card's or the record panel's frame (card-frame.html, an extension page the CRM page cannot
 * read; Playwright reaches it through the DevTools protocol), once its box shows `text`.
 */
export async function overlayFrame(page: Page, kind: 'card' | 'panel', text: string): Promise<Frame> {
  let found: Frame | undefined;
  await waitFor(async () => {
    for (const frame of page.frames()) {
      if (!frame.url().includes('/card-frame.html')) continue;
      const shown = await inFrame(frame, (k) => document.querySelector(`.${k}`)?.textContent ?? '', kind, '');
      if (shown.includes(text)) found = frame;
    }
    return found !== undefined;
  });
  return found!;
}

/**
 * Evaluates in a frame, giving `fallback` when the frame is gone or does not answer within a second
 * (a frame replaced while it was asked never answers, and the poll must go on).
 */
export function inFrame<A, R>(frame: Frame, fn: (arg: A) => R, arg: A, fallback: R): Promise<R> {
  const late = new Promise<R>((resolve) => setTimeout(() => resolve(fallback), 1000));
  return Promise.race([
    frame.evaluate(fn as never, arg).then(
      (value) => value as R,
      () => fallback,
    ),
    late,
  ]);
}

/** Company ids on the sandbox account's blacklist in Leady, as the API lists them (first page). */
export async function leadyBlacklistIds(session: Pick<ExtensionSession, 'sandbox'>): Promise<number[]> {
  const response = await fetch(`${session.sandbox.url}blacklist/`, {
    headers: { Authorization: `Token ${session.sandbox.token}` },
  });
  const body = (await response.json()) as { results: Array<{ company: { id: number } }> };
  return body.results.map((entry) => entry.company.id);
}

/**
 * Adds an origin to the sites the user enabled, as the options page stores it. Only the setting:
 * on the sandbox's loopback origin the sandbox build's own content script already runs.
 */
export async function addSiteOrigin(session: ExtensionSession, origin: string): Promise<void> {
  const worker = await session.worker();
  await worker.evaluate(async (added) => {
    const local = chrome.storage.local;
    const settings = ((await local.get('leady.settings'))['leady.settings'] ?? {}) as {
      customOrigins?: string[];
    };
    await local.set({
      'leady.settings': { ...settings, customOrigins: [...(settings.customOrigins ?? []), added] },
    });
  }, origin);
}
