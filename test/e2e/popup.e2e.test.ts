import type { ConsoleMessage, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_EMAIL, DEMO_PASSWORD, type ExtensionSession, launchExtension, waitFor } from './harness';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

interface BlacklistEntry {
  companyId: number;
  companyName: string;
  state: 'pending' | 'done' | 'failed';
}

/** Console errors and warnings of a page: the popup must not make any. */
function consoleNoise(page: Page): string[] {
  const noise: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') noise.push(message.text());
  });
  page.on('pageerror', (error) => noise.push(String(error)));
  return noise;
}

describe('popup in Chromium', () => {
  it('signs in, shows visits and a company, and blacklists it', async () => {
    session = await launchExtension();
    const popup = await session.openPopup();
    const noise = consoleNoise(popup);

    // Sign in through the form.
    await popup.getByRole('heading', { name: 'Sign in to Leady' }).waitFor();
    await popup.getByLabel('E-mail').fill(DEMO_EMAIL);
    await popup.getByLabel('Password').fill(DEMO_PASSWORD);
    await popup.getByRole('button', { name: 'Sign in' }).click();

    // Recent visits, identified companies only.
    const visits = popup.getByRole('list', { name: 'Recent visits' });
    await visits.getByRole('listitem').first().waitFor({ timeout: 30_000 });
    await popup.getByLabel('Identified companies only').check();
    await waitFor(async () => !(await visits.getByText('Unidentified visitor').count()), 30_000);
    const firstRow = visits.getByRole('button').first();
    await firstRow.waitFor();
    expect(await firstRow.locator('time').getAttribute('title')).toMatch(/\(Europe\/Prague\)$/);

    // A visit: its page views and the company card.
    await firstRow.click();
    const visit = popup.getByRole('dialog');
    await visit.getByRole('heading', { name: 'Pages viewed' }).waitFor();
    await visit.locator('.action').first().waitFor({ timeout: 15_000 });
    await visit.getByRole('button', { name: 'Company detail' }).click();

    // The company detail from Leady.
    const detail = popup.getByRole('dialog').last();
    await detail.getByText('IČO', { exact: true }).waitFor({ timeout: 15_000 });
    const name = (await detail.getByRole('heading', { level: 2 }).textContent()) ?? '';
    expect(name.length).toBeGreaterThan(0);
    expect(await popup.locator('img').count()).toBe(0);

    // Blacklist it: gone from the list at once, with an Undo.
    await detail.getByRole('button', { name: 'Blacklist' }).click();
    // The name is isolated (FSI…PDI) in the sentence, so its own bidi text cannot reorder it.
    await popup.getByText(`\u2068${name}\u2069 is hidden.`).waitFor();
    await popup.keyboard.press('Escape');
    await visits.waitFor();
    await waitFor(async () => (await visits.getByText(name, { exact: true }).count()) === 0);

    // The blacklist view lists it, and after the undo window Leady has it.
    await popup.getByRole('tab', { name: 'Blacklist' }).click();
    await popup
      .getByRole('list', { name: 'Blacklisted companies' })
      .getByText(name, { exact: true })
      .waitFor();
    await waitFor(async () => {
      const list = await session!.send<BlacklistEntry[]>('blacklist.list');
      return list.some((entry) => entry.companyName === name && entry.state === 'done');
    }, 30_000);

    expect(noise).toEqual([]);
  });

  it('draws the last first screen when opened again, and forgets it on sign-out', async () => {
    session = await launchExtension();
    await session.signInAndSync();
    const first = await session.openPopup();
    await first.waitForFunction(() => document.body.dataset.cacheList !== undefined);
    await first.close();

    const popup = await session.openPopup();
    const noise = consoleNoise(popup);
    const visits = popup.getByRole('list', { name: 'Recent visits' });
    await visits.getByRole('listitem').first().waitFor();
    await popup.waitForFunction(() => document.body.dataset.cacheList !== undefined);
    const marks = await popup.evaluate(() => ({
      from: document.body.dataset.firstListFrom,
      firstList: performance.getEntriesByName('leady:first-list').length,
      cacheList: performance.getEntriesByName('leady:cache-list').length,
    }));
    // Drawn in the first render, before the background answered; then the cache's list.
    expect(marks).toEqual({ from: 'last-view', firstList: 1, cacheList: 1 });
    expect(await popup.evaluate(() => localStorage.getItem('leady.popup.lastView'))).toContain('"rows"');

    // Signing out forgets it: the next opening shows the sign-in form and no visits at any moment.
    await popup.getByRole('button', { name: DEMO_EMAIL }).click();
    await popup.getByRole('button', { name: 'Sign out' }).click();
    await popup.getByRole('heading', { name: 'Sign in to Leady' }).waitFor();
    expect(await popup.evaluate(() => localStorage.getItem('leady.popup.lastView'))).toBeNull();
    await popup.close();
    const again = await session.openPopup();
    await again.getByRole('heading', { name: 'Sign in to Leady' }).waitFor();
    expect(await again.evaluate(() => document.body.dataset.firstList)).toBeUndefined();
    expect(noise).toEqual([]);
  });
});
