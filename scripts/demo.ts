/**
 * `npm start`: the one-command demo. Builds a sandbox build of the extension, starts the sandbox
 * (Leady API + demo CRM pages), and opens Chromium with the extension loaded on a demo CRM page.
 * `--headless` (or no display) signs in by itself and writes screenshots instead of a window.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD } from '../sandbox/options';
import { startSandbox } from '../sandbox/server';
import { DEMO_PAGES, takeDemoScreenshots } from './demo-screenshots';
import { findChromium } from './find-chromium.mjs';
import { launchChromiumWithExtension, useApi } from './launch-chromium';

const args = process.argv.slice(2);
const port = Number(flagValue('--port') ?? 8787);
const headless = args.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY);
const outDir = resolve('.output/demo');
const extensionDir = join(outDir, 'chrome-mv3');
const screenshotDir = resolve(flagValue('--screenshots') ?? 'demo-screenshots');

function flagValue(flag: string): string | undefined {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
}

function step(text: string): void {
  console.log(`\n▸ ${text}`);
}

step('Building the extension for the local sandbox …');
const build = spawnSync('npx', ['wxt', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, LEADY_API_URL: `http://127.0.0.1:${port}/v1/`, LEADY_OUT_DIR: outDir },
});
if (build.status !== 0) {
  console.error('The build failed (see above).');
  process.exit(1);
}
console.log(`  built ${extensionDir}`);

step('Starting the Leady sandbox …');
const sandbox = await startSandbox({ port, host: '127.0.0.1' });
console.log(`  API        ${sandbox.url}`);
console.log(`  Demo CRM   ${sandbox.origin}/demo/`);
console.log(`  Login      ${DEFAULT_EMAIL} / ${DEFAULT_PASSWORD}`);

const shutdown = async (code = 0) => {
  await sandbox.close();
  process.exit(code);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

const executablePath = findChromium();
if (!executablePath) {
  console.log(`
No Chromium was found, so the sandbox runs on its own.
  • Install one:   sudo apt-get install -y chromium   (or set LEADY_CHROMIUM=/path/to/chrome)
  • Or load the extension by hand: open chrome://extensions, switch on "Developer mode",
    click "Load unpacked" and choose ${extensionDir}
Then sign in from the toolbar button with ${DEFAULT_EMAIL} / ${DEFAULT_PASSWORD}
and open ${sandbox.origin}/demo/. Press Ctrl+C to stop.`);
} else {
  step(`Starting Chromium (${headless ? 'headless' : 'window'}) with the extension …`);
  const profile = mkdtempSync(join(tmpdir(), 'leady-demo-'));
  const chromium = await launchChromiumWithExtension({
    executablePath,
    extensionDir,
    userDataDir: profile,
    headless,
  });
  await useApi(await chromium.worker(), sandbox.url);
  const popupUrl = `chrome-extension://${chromium.extensionId}/popup.html`;

  if (headless) {
    try {
      const written = await takeDemoScreenshots(chromium, sandbox.origin, popupUrl, screenshotDir);
      console.log(`\nScreenshots written to ${screenshotDir}:`);
      for (const file of written) console.log(`  ${file}`);
    } catch (error) {
      console.error(`Taking the screenshots failed: ${error instanceof Error ? error.message : error}`);
      process.exitCode = 1;
    } finally {
      await chromium.context.close();
      rmSync(profile, { recursive: true, force: true });
      await sandbox.close();
    }
  } else {
    const [first] = chromium.context.pages();
    const crm: Page = first ?? (await chromium.context.newPage());
    await crm.goto(`${sandbox.origin}/demo/${DEMO_PAGES.list}`);
    const popup = await chromium.context.newPage();
    await popup.goto(popupUrl);
    console.log(`
Chromium is open with Leady Insights loaded.
  1. In the "Leady Insights" tab (the popup), sign in with ${DEFAULT_EMAIL} / ${DEFAULT_PASSWORD}.
  2. Switch to the demo CRM tab: companies Leady knows get a badge; hover or click one.
  3. More demo CRM pages: ${sandbox.origin}/demo/
Close the window or press Ctrl+C to stop.`);
    chromium.context.on('close', () => void shutdown());
  }
}
