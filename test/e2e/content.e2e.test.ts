/**
 * The content script in real Chromium: signed in and synced against the sandbox, the demo CRM
 * pages get badges on the companies Leady knows (with the right ids and visit counts), none on the
 * others, hostile names stay inert, and a badge opens the company's card.
 *
 * Overlay hosts use closed shadow roots, which page scripts (and Playwright's locators) cannot
 * enter; the DevTools protocol can, so the test reads them with `DOM.getDocument({ pierce })`.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCast, demoCast } from '../../sandbox/demo-crm/cast';
import { type ExtensionSession, launchExtension, overlayFrame, waitFor } from './harness';

const LIST = 'hubspot/contacts/4455667/objects/0-2/views/all/list';
const RECORD = 'hubspot/contacts/4455667/record/0-2/10123456000';

let session: ExtensionSession;
let cast: DemoCast;
const dialogs: string[] = [];

beforeAll(async () => {
  session = await launchExtension({ locale: 'en-US' });
  // The sandbox serves the demo CRM pages (sandbox/demo-crm) from the seed it runs with.
  cast = demoCast(session.sandbox.data);
  await session.signInAndSync();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The markup inside the closed shadow roots of every host named `tag`. */
async function shadowMarkup(
  cdp: CDPSession,
  tag: string,
): Promise<Array<{ attributes: Record<string, string>; html: string }>> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const hosts: DomNode[] = [];
  const visit = (node: DomNode) => {
    if (node.nodeName.toLowerCase() === tag) hosts.push(node);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
  };
  visit(root);
  return Promise.all(
    hosts.map(async (host) => {
      const attrs = host.attributes ?? [];
      const attributes: Record<string, string> = {};
      for (let i = 0; i < attrs.length; i += 2) attributes[attrs[i]!] = attrs[i + 1]!;
      const parts = await Promise.all(
        (host.shadowRoots?.[0]?.children ?? []).map(
          async (child) =>
            ((await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as { outerHTML: string })
              .outerHTML,
        ),
      );
      return { attributes, html: parts.join('') };
    }),
  );
}

const text = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

async function openDemo(path: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await session.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(session.demoUrl(path));
  return { page, cdp: await session.context.newCDPSession(page) };
}

async function nameOfBadgedRow(page: Page): Promise<Array<{ name: string; company: string; state: string }>> {
  return page.$$eval('leady-badge', (hosts) =>
    hosts.map((host) => ({
      name: host.closest('td')?.querySelector('[data-test-id="truncated-object-label"]')?.textContent ?? '',
      company: host.getAttribute('data-leady-company') ?? '',
      state: host.getAttribute('data-leady-state') ?? '',
    })),
  );
}

describe('content script on the demo CRM pages', () => {
  it('badges the known companies of a list with their Leady ids, and no others', async () => {
    const { page } = await openDemo(LIST);
    const expected = new Map<string, number>();
    for (const company of [...cast.known, cast.hostile]) {
      if (company.leadyId !== undefined) expected.set(company.name, company.leadyId);
    }
    const listed = await page.$$eval('[data-test-id="truncated-object-label"]', (labels) =>
      labels.map((label) => label.textContent ?? ''),
    );
    const knownListed = listed.filter((name) => expected.has(name));
    expect(knownListed.length).toBeGreaterThanOrEqual(4);
    await waitFor(async () => (await page.locator('leady-badge').count()) === knownListed.length);
    const badged = await nameOfBadgedRow(page);
    expect(badged.map((b) => b.name).sort()).toEqual(knownListed.sort());
    for (const badge of badged) {
      expect(badge).toMatchObject({ state: 'matched', company: String(expected.get(badge.name)) });
    }
    for (const unknown of cast.unknown) expect(badged.map((b) => b.name)).not.toContain(unknown.name);
    // One batched message for the page (the test build records when it was answered).
    expect(await page.evaluate(() => document.documentElement.dataset.leadyBadges)).toBe(
      String(knownListed.length),
    );
    await page.close();
  });

  it('keeps the hostile company name inert, on the page and in the card', async () => {
    const { page } = await openDemo(LIST);
    const hostileId = String(session.sandbox.data.hostile.htmlName);
    const badge = page.locator(`leady-badge[data-leady-company="${hostileId}"]`);
    await badge.waitFor();
    await badge.click();
    const frame = await overlayFrame(page, 'card', 'Visits (30 days)');
    const card = await frame.evaluate(() => document.querySelector('.card')!.innerHTML);
    expect(card).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(card).not.toMatch(/<img|<script|<svg/i);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('opens a card with the company’s visits and details from Leady', async () => {
    const { page, cdp } = await openDemo(LIST);
    const company = cast.known[0]!;
    const seeded = session.sandbox.data.companies.find((c) => c.id === company.leadyId)!;
    const badge = page.locator(`leady-badge[data-leady-company="${company.leadyId}"]`);
    await badge.waitFor();
    const [badgeMarkup] = (await shadowMarkup(cdp, 'leady-badge')).filter(
      (b) => b.attributes['data-leady-company'] === String(company.leadyId),
    );
    const visits = Number(/aria-label="[^"]*?(\d+) visits? in 30 days/.exec(badgeMarkup!.html)?.[1]);
    expect(visits).toBeGreaterThan(0);
    // Keyboard: focus the badge and press Enter.
    await badge.focus();
    await page.keyboard.press('Enter');
    const frame = await overlayFrame(page, 'card', 'Visits (30 days)');
    const cardText = text(await frame.evaluate(() => document.querySelector('.card')!.innerHTML));
    expect(cardText).toContain(seeded.name.replace(/&/g, '&amp;'));
    expect(cardText).toContain(`Visits (30 days) ${visits}`);
    if (seeded.turnover) expect(cardText).toContain(seeded.turnover);
    if (seeded.magnitude) expect(cardText).toContain(seeded.magnitude);
    expect(cardText).toContain('Last visit');
    // Escape's key-up is sent once the card's frame is gone: an up aimed at a frame that its own
    // key-down removed is never acknowledged to the DevTools protocol, and the test would hang.
    await page.keyboard.down('Escape');
    await waitFor(async () => (await page.locator('leady-card').count()) === 0);
    await page.keyboard.up('Escape');
    await page.close();
  });

  it('blacklists from the card, removes the badge, and brings it back on Undo', async () => {
    const { page } = await openDemo(LIST);
    const company = cast.known[2]!;
    const badge = page.locator(`leady-badge[data-leady-company="${company.leadyId}"]`);
    await badge.click();
    const frame = await overlayFrame(page, 'card', 'Blacklist');
    await frame.getByRole('button', { name: 'Blacklist', exact: true }).click();
    await waitFor(async () => (await badge.count()) === 0);
    expect(await session.send<number[]>('blacklist.ids')).toContain(company.leadyId);
    await frame.getByRole('button', { name: 'Undo' }).click();
    await waitFor(async () => (await badge.count()) === 1);
    expect(await session.send<number[]>('blacklist.ids')).not.toContain(company.leadyId);
    await page.close();
  });

  it('summarises a record’s company in the record panel', async () => {
    const { page } = await openDemo(RECORD);
    // The host itself has no box (its panel is fixed to the window's corner): wait for it in the DOM.
    await page.locator('leady-panel').waitFor({ state: 'attached' });
    const frame = await overlayFrame(page, 'panel', 'visits in 30 days');
    expect(await frame.locator('.panel').textContent()).toContain(cast.known[0]!.name);
    expect(await page.locator(`leady-badge[data-leady-company="${cast.known[0]!.leadyId}"]`).count()).toBe(1);
    await page.close();
  });

  it('badges the companies of person records on every CRM', async () => {
    for (const path of [
      'hubspot/contacts/4455667/record/0-1/51',
      'pipedrive/person/1001',
      'salesforce/lightning/r/Contact/0035g0000000001AAB/view',
    ]) {
      const { page } = await openDemo(path);
      await page.locator('leady-badge[data-leady-state="matched"]').first().waitFor();
      const ids = await page.$$eval('leady-badge', (hosts) =>
        hosts.map((h) => Number(h.getAttribute('data-leady-company'))),
      );
      const knownIds = new Set(cast.known.map((c) => c.leadyId));
      for (const id of ids) expect(knownIds.has(id)).toBe(true);
      await page.close();
    }
  });
});
