/**
 * "Blacklist <Company> in Leady" end to end: a right-click in the page tells the background which
 * company is under the pointer, and the real context-menu click handler (reached through the
 * test-only `leadyTest` hook that exists only in test builds) asks the page, blacklists through the
 * outbox, shows a toast and hides the company's badges at once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, leadyBlacklistIds, waitFor } from './harness';

const LIST = 'hubspot/contacts/4455667/objects/0-2/views/all/list';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await session.signInAndSync();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

async function tabIdOf(page: Page): Promise<number> {
  const url = page.url();
  const tabs = await (await session.worker()).evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url: string }>> } };
      }
    ).chrome.tabs.query({}),
  );
  const tab = tabs.find((candidate) => candidate.url === url);
  if (!tab) throw new Error(`No tab for ${url}`);
  return tab.id;
}

async function clickMenuItem(tabId: number): Promise<void> {
  await (await session.worker()).evaluate(
    (id) =>
      (
        globalThis as unknown as {
          leadyTest: { contextMenu: { onClicked(info: object, tab: object): Promise<void> } };
        }
      ).leadyTest.contextMenu.onClicked({ menuItemId: 'leady-blacklist', frameId: 0 }, { id }),
    tabId,
  );
}

describe('context-menu blacklisting in Chromium', () => {
  it('does nothing where no company is matched (never a blind guess)', async () => {
    const page = await session.context.newPage();
    await page.goto(session.demoUrl(LIST));
    await page.waitForSelector('leady-badge[data-leady-company]');
    const before = await session.send<number[]>('blacklist.ids');
    await page.mouse.click(5, 5, { button: 'right' });
    await clickMenuItem(await tabIdOf(page));
    expect(await session.send<number[]>('blacklist.ids')).toEqual(before);
    await page.close();
  });

  it('blacklists the right-clicked company: toast with Undo, badges gone at once, sent once', async () => {
    const page = await session.context.newPage();
    await page.goto(session.demoUrl(LIST));
    const badge = await page.waitForSelector('leady-badge[data-leady-company]');
    const companyId = Number(await badge.getAttribute('data-leady-company'));
    const box = (await badge.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
    await clickMenuItem(await tabIdOf(page));

    expect(await session.send<number[]>('blacklist.ids')).toContain(companyId);
    // The toast's host is an empty box; its content sits in a closed shadow root.
    await page.waitForSelector('leady-toast', { state: 'attached' });
    await waitFor(async () => (await page.$(`leady-badge[data-leady-company="${companyId}"]`)) === null);
    await waitFor(async () => (await leadyBlacklistIds(session)).includes(companyId), 20_000);
    expect((await leadyBlacklistIds(session)).filter((id) => id === companyId)).toHaveLength(1);
    await page.close();
  });

  it('a page cannot retarget the item: its own right-button events after the user’s count for nothing', async () => {
    const page = await session.context.newPage();
    await page.goto(session.demoUrl(LIST));
    await page.waitForSelector('leady-badge[data-leady-company]');
    const [first, second] = await page.$$('leady-badge[data-leady-company]');
    const wanted = Number(await first!.getAttribute('data-leady-company'));
    const other = Number(await second!.getAttribute('data-leady-company'));
    const box = (await first!.boundingBox())!;
    // The user's real right-click (trusted input through the browser)…
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
    // …then the page's made-up ones on another company's badge and name.
    await page.evaluate((id) => {
      const badge = document.querySelector(`leady-badge[data-leady-company="${id}"]`)!;
      for (const target of [badge, badge.parentElement!]) {
        for (const type of ['mousedown', 'contextmenu']) {
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, button: 2 }));
        }
      }
    }, other);
    await clickMenuItem(await tabIdOf(page));
    const ids = await session.send<number[]>('blacklist.ids');
    expect(ids).toContain(wanted);
    expect(ids).not.toContain(other);
    await session.send('blacklist.undo', { companyId: wanted }).catch(() => {});
    await page.close();
  });

  it('a page’s made-up right-click alone names no company', async () => {
    const page = await session.context.newPage();
    await page.goto(session.demoUrl(LIST));
    const badge = await page.waitForSelector('leady-badge[data-leady-company]');
    const companyId = Number(await badge.getAttribute('data-leady-company'));
    const before = await session.send<number[]>('blacklist.ids');
    await badge.evaluate((host) => {
      for (const type of ['mousedown', 'contextmenu']) {
        host.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, button: 2 }));
      }
    });
    await clickMenuItem(await tabIdOf(page));
    expect(await session.send<number[]>('blacklist.ids')).toEqual(before);
    expect(before).not.toContain(companyId);
    await page.close();
  });
});
