/**
 * A CRM page in Firefox: the content script badges the companies Leady knows, a badge opens the
 * company's card, and "Blacklist ‹Company› in Leady" blacklists the right-clicked one.
 *
 * The right-click is real (trusted input through WebDriver BiDi), so the content script records the
 * company under the pointer as it does for a user. The menu item itself is drawn by Firefox outside
 * the page, where BiDi cannot click: the test calls the background's real click handler (test builds
 * expose it), which asks the content script, blacklists through the outbox and shows the toast.
 *
 * Badges sit in closed shadow roots; the card is drawn in an extension frame (card-frame.html),
 * read through WebDriver BiDi (`extensionFrameText`).
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCast, demoCast } from '../../../sandbox/demo-crm/cast';
import { leadyBlacklistIds, waitFor } from '../harness';
import { extensionFrameText, type FirefoxSession, launchFirefox } from './harness';

const LIST = 'hubspot/contacts/4455667/objects/0-2/views/all/list';

let session: FirefoxSession;
let cast: DemoCast;
beforeAll(async () => {
  session = await launchFirefox();
  cast = demoCast(session.sandbox.data);
  await session.signInAndSync();
}, 120_000);
afterAll(async () => {
  await session?.close();
});
// A test that failed leaves no tab behind to be mistaken for the next test's (same URL).
const opened: Page[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.close().catch(() => {})));
});

async function openList(): Promise<Page> {
  const page = await session.newPage();
  opened.push(page);
  await page.goto(session.demoUrl(LIST));
  return page;
}

const badgeOf = (page: Page, companyId: number | undefined): Promise<ElementHandle | null> =>
  page.waitForSelector(`leady-badge[data-leady-company="${companyId}"]`);

const badgeCount = (page: Page, companyId: number | undefined): Promise<number> =>
  page.$$eval(`leady-badge[data-leady-company="${companyId}"]`, (hosts) => hosts.length);

describe('a CRM page in Firefox', () => {
  it('badges the known companies of a list with their Leady ids, and no others', async () => {
    const page = await openList();
    const listed = await page.$$eval('[data-test-id="truncated-object-label"]', (labels) =>
      labels.map((label) => label.textContent ?? ''),
    );
    const expected = new Map<string, number>();
    for (const company of [...cast.known, cast.hostile]) {
      if (company.leadyId !== undefined && listed.includes(company.name))
        expected.set(company.name, company.leadyId);
    }
    expect(expected.size).toBeGreaterThanOrEqual(4);
    await waitFor(async () => (await page.$$('leady-badge')).length === expected.size);
    const badged = await page.$$eval('leady-badge', (hosts) =>
      hosts.map((host) => ({
        name: host.closest('td')?.querySelector('[data-test-id="truncated-object-label"]')?.textContent ?? '',
        company: Number(host.getAttribute('data-leady-company')),
        state: host.getAttribute('data-leady-state'),
      })),
    );
    expect(Object.fromEntries(badged.map((b) => [b.name, b.company]))).toEqual(Object.fromEntries(expected));
    expect(badged.every((b) => b.state === 'matched')).toBe(true);
  });

  it('opens a card with the company’s visits and details from Leady', async () => {
    const page = await openList();
    const company = cast.known[0]!;
    const seeded = session.sandbox.data.companies.find((c) => c.id === company.leadyId)!;
    await (await badgeOf(page, company.leadyId))!.click();
    // The card is drawn in an extension frame (card-frame.html), out of the page's reach.
    let card = '';
    await waitFor(async () => {
      card = await extensionFrameText(page, '/card-frame.html').catch(() => '');
      return card.includes('Visits (30 days)');
    });
    expect(card).toContain(seeded.name);
    expect(card).toContain('Last visit');
    if (seeded.turnover) expect(card).toContain(seeded.turnover);
    if (seeded.magnitude) expect(card).toContain(seeded.magnitude);
    await page.keyboard.press('Escape');
    await waitFor(async () => (await page.$$('leady-card')).length === 0);
  });

  it('blacklists nothing from the menu where no company is under the pointer', async () => {
    const page = await openList();
    await badgeOf(page, cast.known[0]!.leadyId);
    const before = await session.send<number[]>('blacklist.ids');
    await page.mouse.click(5, 5, { button: 'right' });
    await page.keyboard.press('Escape');
    await session.chooseBlacklistMenuItem(await session.tabIdOf(page.url()));
    expect(await session.send<number[]>('blacklist.ids')).toEqual(before);
  });

  it('blacklists the right-clicked company from the menu: toast, badge gone, in Leady once', async () => {
    const page = await openList();
    const companyId = cast.known[1]!.leadyId!;
    await (await badgeOf(page, companyId))!.click({ button: 'right' });
    await page.keyboard.press('Escape');
    await session.chooseBlacklistMenuItem(await session.tabIdOf(page.url()));

    expect(await session.send<number[]>('blacklist.ids')).toContain(companyId);
    await page.waitForSelector('leady-toast');
    await waitFor(async () => (await badgeCount(page, companyId)) === 0);
    await waitFor(async () => (await leadyBlacklistIds(session)).includes(companyId), 20_000);
    expect((await leadyBlacklistIds(session)).filter((id) => id === companyId)).toHaveLength(1);
  });
});

describe('what a content script can read in Firefox', () => {
  it('cannot read the token from extension storage (Firefox cannot close storage.local to it)', async () => {
    const page = await openList();
    await badgeOf(page, cast.known[0]!.leadyId);
    const stored = await session.inContentScript<string>(
      await session.tabIdOf(page.url()),
      `browser.storage.local.get(null).then((all) => JSON.stringify(all), (e) => 'refused: ' + e.message)`,
    );
    // The check reached the storage a content script sees: settings are there (what it may read).
    expect(stored).toContain('leady.settings');
    expect(stored).not.toContain(session.sandbox.token);
    expect(stored).not.toContain('leady.token');
  });
});
