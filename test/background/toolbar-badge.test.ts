import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem } from '../../lib/runtime/storage-items';
import type { AuthState } from '../../lib/shared/settings';
import { accountItem, newCompaniesItem } from '../../lib/worker/account-items';
import { startToolbarBadge } from '../../lib/worker/toolbar-badge';

/** Stores what sync and sign-in would; the running badge follows storage. */
async function store(state: AuthState, newCompanies: number, locale: 'cs' | 'en' = 'en') {
  await settingsItem.setValue({ ...(await settingsItem.getValue()), locale });
  await accountItem.setValue({ state });
  await newCompaniesItem.setValue(newCompanies);
}

/** What the toolbar icon shows. */
async function icon() {
  return {
    text: await fakeBrowser.action.getBadgeText({}),
    color: await fakeBrowser.action.getBadgeBackgroundColor({}),
    title: await fakeBrowser.action.getTitle({}),
  };
}

describe('toolbar badge', () => {
  it('counts newly identified companies, capped to fit the icon', async () => {
    startToolbarBadge();
    await store('signed-in', 0);
    await expect.poll(icon).toMatchObject({ text: '', title: 'Leady Insights' });
    await store('signed-in', 7);
    await expect
      .poll(icon)
      .toMatchObject({ text: '7', title: 'Leady Insights: 7 newly identified companies' });
    await store('signed-in', 250, 'cs');
    await expect.poll(icon).toMatchObject({ text: '99+' });
  });

  it('has distinct looks for signed out and an expired sign-in', async () => {
    startToolbarBadge();
    await store('signed-out', 5);
    await expect.poll(icon).toMatchObject({ text: '?' });
    const signedOut = await icon();
    await store('expired', 5, 'cs');
    await expect.poll(icon).toMatchObject({ text: '!' });
    const expired = await icon();
    expect(expired.color).not.toEqual(signedOut.color);
    expect(expired.title).toContain('přihlaste se znovu');
  });

  it('drops the count once the popup is opened', async () => {
    const badge = startToolbarBadge();
    await store('signed-in', 3);
    await expect.poll(icon).toMatchObject({ text: '3' });
    await badge.clear();
    expect((await icon()).text).toBe('');
    expect(await newCompaniesItem.getValue()).toBe(0);
  });
});
