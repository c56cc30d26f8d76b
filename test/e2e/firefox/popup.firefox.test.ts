/**
 * The popup in Firefox: sign in through the form, the first sync, the list of visits, a company's
 * detail from Leady, and blacklisting it until Leady has it (the Chromium suite's first journey).
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_EMAIL, DEMO_PASSWORD, leadyBlacklistIds, waitFor } from '../harness';
import { type FirefoxSession, launchFirefox } from './harness';

let session: FirefoxSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const VISITS = 'ul[aria-label="Recent visits"]';

/** Console errors of a page and its uncaught exceptions: the popup must not make any. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/** Clicks, with the real mouse, the button labelled `label` inside the last `within` element. */
async function clickButton(page: Page, within: string, label: string): Promise<void> {
  const buttons = await page.$$(`${within} button`);
  for (const button of buttons.reverse()) {
    if ((await button.evaluate((b) => b.textContent?.trim())) === label) return button.click();
  }
  throw new Error(`No "${label}" button in ${within}`);
}

describe('popup in Firefox', () => {
  it('signs in, syncs, lists identified visits, shows a company and blacklists it', async () => {
    session = await launchFirefox();
    const popup = await session.openPopup();
    const errors = consoleErrors(popup);

    await popup.waitForSelector('::-p-aria(Sign in to Leady[role="heading"])');
    await popup.type('::-p-aria(E-mail)', DEMO_EMAIL);
    await popup.type('::-p-aria(Password)', DEMO_PASSWORD);
    await popup.click('::-p-aria(Sign in[role="button"])');

    // The first sync fills the list; the account is signed in and the token stays in the background.
    await popup.waitForSelector(`${VISITS} li`, { timeout: 30_000 });
    const status = await session.send<Record<string, unknown>>('auth.status');
    expect(status).toMatchObject({ state: 'signed-in', email: DEMO_EMAIL, apiBaseUrl: session.sandbox.url });
    expect(JSON.stringify(status)).not.toMatch(/token/i);

    // Let the first sync and the list's refresh settle, so the rows are not redrawn under the click.
    await waitFor(async () => {
      const sync = await session!.send<{ running: boolean; lastSuccessAt?: number }>('sync.status');
      return !sync.running && sync.lastSuccessAt !== undefined;
    }, 60_000);
    await popup.click('::-p-text(Identified companies only)');
    await popup.waitForFunction(
      (list) => {
        const identified = document.querySelector<HTMLInputElement>('.filter-check input[type="checkbox"]');
        const rows = document.querySelector(list);
        return (
          identified?.checked &&
          rows?.getAttribute('aria-busy') === 'false' &&
          !rows.textContent?.includes('Unidentified visitor')
        );
      },
      { timeout: 30_000 },
      VISITS,
    );
    const when = await popup.$eval(`${VISITS} li button time`, (time) => time.getAttribute('title'));
    expect(when).toMatch(/\(Europe\/Prague\)$/);

    // A visit, its pages, then the company detail from Leady.
    await popup.click(`${VISITS} li button`);
    await popup.waitForFunction(
      () => document.querySelector('[role="dialog"] h3')?.textContent === 'Pages viewed',
    );
    await clickButton(popup, '[role="dialog"]', 'Company detail');
    await popup.waitForFunction(
      () => [...document.querySelectorAll('[role="dialog"]')].pop()?.textContent?.includes('IČO'),
      { timeout: 15_000 },
    );
    const name = await popup.evaluate(
      () => [...document.querySelectorAll('[role="dialog"]')].pop()?.querySelector('h2')?.textContent ?? '',
    );
    expect(name.length).toBeGreaterThan(0);
    expect(await popup.$$eval('img', (images) => images.length)).toBe(0);

    // Blacklist it: hidden at once, in the blacklist view, and after the undo window in Leady, once.
    const before = await leadyBlacklistIds(session);
    await clickButton(popup, '[role="dialog"]:last-of-type', 'Blacklist');
    await popup.waitForFunction(
      // The name is isolated (FSI…PDI) in the sentence, so that its own bidi text cannot reorder it.
      (text) => document.body.textContent?.replace(/[\u2066-\u2069]/g, '').includes(text),
      {},
      `${name} is hidden.`,
    );
    await popup.keyboard.press('Escape');
    await popup.click('[role="tab"]#tab-blacklist');
    await popup.waitForFunction(
      (text) => document.querySelector('ul[aria-label="Blacklisted companies"]')?.textContent?.includes(text),
      {},
      name,
    );
    await waitFor(async () => (await leadyBlacklistIds(session!)).length === before.length + 1, 30_000);
    const added = (await leadyBlacklistIds(session)).filter((id) => !before.includes(id));
    expect(added).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
