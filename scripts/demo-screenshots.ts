/** The headless demo: signs in, lets the first sync finish and photographs what a user would see. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { HUBSPOT_PORTAL } from '../sandbox/demo-crm/hubspot';
import { DEFAULT_EMAIL, DEFAULT_PASSWORD } from '../sandbox/options';
import type { LaunchedChromium } from './launch-chromium';

/** Demo CRM pages (paths under /demo/) shown by the demo. */
export const DEMO_PAGES = {
  list: `hubspot/contacts/${HUBSPOT_PORTAL}/objects/0-2/views/all/list`,
  record: `hubspot/contacts/${HUBSPOT_PORTAL}/record/0-2/10123456000`,
};

export async function takeDemoScreenshots(
  chromium: LaunchedChromium,
  origin: string,
  popupUrl: string,
  folder: string,
): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const { context } = chromium;
  const written: string[] = [];

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(popupUrl);
  await popup.evaluate(
    ([email, password]) => chrome.runtime.sendMessage({ type: 'auth.signIn', payload: { email, password } }),
    [DEFAULT_EMAIL, DEFAULT_PASSWORD] as const,
  );
  await waitUntil(async () => {
    const answer = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'sync.status' }));
    return Boolean(answer?.ok && (answer.value as { lastSuccessAt?: number }).lastSuccessAt);
  });
  await popup.reload();
  await popup.waitForTimeout(1500);
  written.push(await shoot(popup, folder, 'popup.png'));

  const list = await context.newPage();
  await list.goto(`${origin}/demo/${DEMO_PAGES.list}`);
  await list.waitForSelector('[data-leady-company]', { timeout: 15_000 });
  await list.waitForTimeout(500);
  written.push(await shoot(list, folder, 'crm-list.png'));

  const record = await context.newPage();
  await record.goto(`${origin}/demo/${DEMO_PAGES.record}`);
  const badge = await record.waitForSelector('[data-leady-company]', { timeout: 15_000 });
  await badge.click();
  await record.waitForTimeout(1500);
  written.push(await shoot(record, folder, 'crm-record-card.png'));
  return written;
}

async function shoot(page: import('playwright-core').Page, folder: string, name: string): Promise<string> {
  const path = join(folder, name);
  await page.screenshot({ path });
  return path;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('The first sync did not finish in time');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
