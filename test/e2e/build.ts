import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the end-to-end build lives: a sandbox build with test hooks, apart from production builds. */
const E2E_OUT_DIR = resolve('.output/e2e');
export const E2E_EXTENSION_DIR = join(E2E_OUT_DIR, 'chrome-mv3');
export const E2E_FIREFOX_EXTENSION_DIR = join(E2E_OUT_DIR, 'firefox-mv2');
/** The build's default API; tests point the extension at their own sandbox port at run time. */
const E2E_BUILD_API_URL = 'http://127.0.0.1:8787/v1/';

export function buildE2eExtension(browser: 'chrome' | 'firefox' = 'chrome'): void {
  const result = spawnSync('npx', ['wxt', 'build', '-b', browser], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      // Vitest sets NODE_ENV=test, which would give a development build (unminified, dev JSX runtime).
      NODE_ENV: 'production',
      LEADY_API_URL: E2E_BUILD_API_URL,
      LEADY_TEST_HOOKS: '1',
      LEADY_OUT_DIR: E2E_OUT_DIR,
    },
  });
  const dir = browser === 'firefox' ? E2E_FIREFOX_EXTENSION_DIR : E2E_EXTENSION_DIR;
  if (result.status !== 0 || !existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`Building the end-to-end extension failed (exit ${result.status})`);
  }
}
