import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEventBus } from '../../lib/worker/events';
import { notifyTabs, refreshTabsOnChanges } from '../../lib/worker/page-requests/tab-notifier';

describe('telling tabs their annotations are out of date', () => {
  it('asks tabs to refresh after sign-in changes and stored syncs, not on every sync tick', () => {
    const events = createEventBus(async () => undefined);
    const notify = vi.fn(async () => {});
    const stop = refreshTabsOnChanges(events, notify);
    events.emit({ event: 'sync.changed', running: true });
    expect(notify).not.toHaveBeenCalled();
    events.emit({ event: 'cache.changed' });
    events.emit({
      event: 'auth.changed',
      status: { state: 'signed-out', apiBaseUrl: 'https://api.leady.com/v1/' },
    });
    expect(notify).toHaveBeenCalledTimes(2);
    expect(notify).toHaveBeenCalledWith({ event: 'page.refresh' });
    stop();
    events.emit({ event: 'cache.changed' });
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('messages every tab, and a tab without the content script is no failure', async () => {
    await fakeBrowser.tabs.create({ url: 'https://app.hubspot.com/contacts/1/objects/0-2/views/all/list' });
    await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    const sent: number[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number) => {
      sent.push(tabId);
      if (sent.length === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(notifyTabs({ event: 'page.refresh' })).resolves.toBeUndefined();
    expect(sent).toHaveLength((await fakeBrowser.tabs.query({})).length);
  });
});
