/**
 * What a hostile CRM page can read of Leady's data, tried in real Chromium with the techniques that
 * read a closed shadow root (issue 12): window.find + Selection.modify + toString, select-all,
 * innerText, reaching the card's iframe, and messages posted to it. The card and the record panel
 * are extension frames, so every technique comes back empty, while the user (and the DevTools
 * protocol, which Playwright's frame access uses) sees the data.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCast, demoCast } from '../../sandbox/demo-crm/cast';
import { type ExtensionSession, inFrame, launchExtension, overlayFrame, waitFor } from './harness';

const LIST = 'hubspot/contacts/4455667/objects/0-2/views/all/list';
const RECORD = 'hubspot/contacts/4455667/record/0-2/10123456000';

let session: ExtensionSession;
let cast: DemoCast;

beforeAll(async () => {
  session = await launchExtension({ locale: 'en-US' });
  cast = demoCast(session.sandbox.data);
  await session.signInAndSync();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/** Chromium's non-standard window.find (not in TypeScript's DOM types). */
interface WindowFind {
  find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean;
}

/** Everything a page script can pull out of its own window without the user doing anything. */
function readAsPage(page: Page, secrets: string[]) {
  return page.evaluate((wanted) => {
    const found: string[] = [];
    const selection = getSelection()!;
    for (const secret of wanted) {
      selection.removeAllRanges();
      // window.find matches text in closed shadow roots; Selection.modify then extends over it.
      if ((window as unknown as WindowFind).find(secret, false, false, true)) found.push(`find:${secret}`);
    }
    const texts: string[] = [];
    selection.removeAllRanges();
    selection.collapse(document.body, 0);
    selection.modify('extend', 'forward', 'documentboundary');
    texts.push(selection.toString());
    selection.selectAllChildren(document.body);
    texts.push(selection.toString());
    document.execCommand('selectAll');
    texts.push(selection.toString());
    texts.push(document.body.textContent ?? '', document.documentElement.outerHTML);
    for (const frame of Array.from(window.frames)) {
      try {
        texts.push(frame.document.body.textContent ?? '');
      } catch {
        // Another origin: unreadable, as it must be.
      }
    }
    for (const iframe of Array.from(document.querySelectorAll('iframe'))) {
      texts.push(iframe.contentDocument?.body?.textContent ?? '');
      texts.push(iframe.src);
    }
    const all = texts.join('\n');
    for (const secret of wanted) if (all.includes(secret)) found.push(`text:${secret}`);
    selection.removeAllRanges();
    return { found, frames: window.frames.length, iframes: document.querySelectorAll('iframe').length };
  }, secrets);
}

describe('a hostile page next to the card', () => {
  it('cannot read an open card by find, selection, its frame or messages', async () => {
    const page = await session.context.newPage();
    await page.goto(session.demoUrl(LIST));
    const company = cast.known[0]!;
    const seeded = session.sandbox.data.companies.find((c) => c.id === company.leadyId)!;
    const badge = page.locator(`leady-badge[data-leady-company="${company.leadyId}"]`);
    await badge.click();
    const frame = await overlayFrame(page, 'card', 'Visits (30 days)');
    const rows = await frame.$$eval('dd', (cells) => cells.map((cell) => cell.textContent ?? ''));
    const [visits, lastVisit, time] = rows;
    const secrets = [lastVisit!, time!, seeded.turnover, seeded.magnitude, seeded.ico].filter(
      (value): value is string => Boolean(value && value.length > 3),
    );
    expect(secrets.length).toBeGreaterThanOrEqual(3);
    expect(Number(visits)).toBeGreaterThan(0);
    const read = await readAsPage(page, [...secrets, 'Visits (30 days)', `${visits} visits in 30 days`]);
    expect(read).toEqual({ found: [], frames: 0, iframes: 0 });

    // A page that posts actions to every window it can reach closes nothing.
    await page.evaluate(() => {
      for (const target of [window, ...Array.from(window.frames)]) {
        target.postMessage({ event: 'frame.action', action: 'close', ticket: '*' }, '*');
      }
    });
    await page.waitForTimeout(300);
    expect(await page.locator('leady-card').count()).toBe(1);
    await page.close();
  });

  it('cannot read the record panel’s summary', async () => {
    const page = await session.context.newPage();
    await page.goto(session.demoUrl(RECORD));
    const frame = await overlayFrame(page, 'panel', 'visits in 30 days');
    const summary = ((await frame.locator('.panel .muted').textContent()) ?? '').split(' · ');
    expect(summary[1]).toMatch(/^Last visit /);
    const read = await readAsPage(page, summary);
    expect(read.found).toEqual([]);
    await page.close();
  });

  it('moves keyboard focus into the card, and Escape brings it back to the badge', async () => {
    const page = await session.context.newPage();
    await page.goto(session.demoUrl(LIST));
    const badge = page.locator(`leady-badge[data-leady-company="${cast.known[1]!.leadyId}"]`);
    await badge.focus({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    const frame = await overlayFrame(page, 'card', 'Visits (30 days)');
    await waitFor(() =>
      inFrame(frame, () => document.hasFocus() && document.activeElement?.className === 'card', null, false),
    );
    // Tab reaches the card's own controls.
    await page.keyboard.press('Tab');
    expect(await inFrame(frame, () => document.activeElement?.localName, null, 'no answer')).toMatch(
      /^(a|button)$/,
    );
    // Escape's key-up is sent once the card's frame is gone: an up aimed at a frame that its own
    // key-down removed is never acknowledged to the DevTools protocol, and the test would hang.
    await page.keyboard.down('Escape');
    await waitFor(async () => (await page.locator('leady-card').count()) === 0);
    await page.keyboard.up('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-leady-company'))).toBe(
      String(cast.known[1]!.leadyId),
    );
    await page.close();
  });

  it('opens no card from a badge the page made nearly invisible, even on a real click', async () => {
    const page = await session.context.newPage();
    await page.goto(session.demoUrl(LIST));
    const badge = page.locator(`leady-badge[data-leady-company="${cast.known[0]!.leadyId}"]`);
    await badge.waitFor();
    const box = (await badge.boundingBox())!;
    // The badge's row: with the page's style on it, the badge may stay (and must be inert) or go
    // (hidden rows are not badged); either way a real click there opens nothing.
    await badge.evaluate((host) => {
      host.closest('tr')!.dataset.testRow = '';
    });
    const setRowStyle = (css: string | null) =>
      page.evaluate((css) => {
        const tr = document.querySelector('tr[data-test-row]')!;
        if (css === null) tr.removeAttribute('style');
        else tr.setAttribute('style', css);
      }, css);
    for (const style of ['opacity:.01', 'clip-path:inset(0 0 0 99%)']) {
      await setRowStyle(style);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(400);
      expect(await page.locator('leady-card').count(), style).toBe(0);
    }
    await setRowStyle(null);
    await badge.waitFor();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await overlayFrame(page, 'card', 'Visits (30 days)');
    await page.close();
  });
});
