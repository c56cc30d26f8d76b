/**
 * The least any extension of this design can do, measured in the same run as ours: a bare MV3
 * extension whose content script (injected at `document_idle`, as ours) reads the 500 company names,
 * asks its own running service worker about them in one message (the cache and token live only in
 * the worker), and puts the reference badges (reference-badges.ts) after every name it is told of.
 * No settings, no judging what the user sees, no matching, no cache: Chrome's injection, one round
 * trip and the badges' own cost. Its time over the page's own load is what the warm budget has to
 * leave room for on this machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptCalling } from './page-script';
import { putReferenceBadges, REFERENCE_BADGE_CSS } from './reference-badges';

/** Where the bare extension runs (mapped to 127.0.0.1 like the page; ours skips it). */
export const BARE_HOST = 'bare.test';
/** The bare extension's worker script, by which the bench tells its worker from Leady's. */
export const BARE_WORKER_FILE = 'worker.js';

function bareContentScript(css: string, put: typeof putReferenceBadges): void {
  // The same marks as the extension's test hooks, for BENCH_VERBOSE.
  const data = document.documentElement.dataset;
  data.leadyStart = String(performance.now());
  const names = [...document.querySelectorAll('[data-test-id="truncated-object-label"]')].map(
    (name) => name.textContent ?? '',
  );
  data.leadyScanned = String(performance.now());
  chrome.runtime.sendMessage({ names }).then((answer: { matched: boolean[] }) => {
    data.leadyAnswered = String(performance.now());
    put(css, answer.matched);
    data.leadyBadgesAt = String(performance.now());
  });
}

function bareWorker(): void {
  chrome.runtime.onMessage.addListener((message: { names: string[] }, _sender, respond) => {
    respond({ matched: message.names.map((name) => name.length > 0) });
  });
}

/** Writes the bare extension into `dir` (a fresh folder) and returns it. */
export function writeBareExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Leady bench: bare extension',
    version: '1.0',
    background: { service_worker: BARE_WORKER_FILE },
    content_scripts: [{ matches: [`http://${BARE_HOST}/*`], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, BARE_WORKER_FILE), scriptCalling(bareWorker));
  writeFileSync(
    join(dir, 'content.js'),
    scriptCalling(bareContentScript, REFERENCE_BADGE_CSS, putReferenceBadges),
  );
  return dir;
}

declare const chrome: {
  runtime: {
    sendMessage(message: unknown): Promise<never>;
    onMessage: {
      addListener(
        listener: (message: never, sender: unknown, respond: (answer: unknown) => void) => void,
      ): void;
    };
  };
};
