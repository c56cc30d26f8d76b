import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createErrorLog } from '../../lib/worker/diagnostics/error-log';
import { useErrorLog } from '../../lib/worker/diagnostics/failures';
import { createEventBus } from '../../lib/worker/events';
import { createContentTabs } from '../../lib/worker/page-requests/content-tabs';
import { createTabNotifier, refreshTabsOnChanges } from '../../lib/worker/page-requests/tab-notifier';

const NOW = Date.UTC(2026, 2, 14, 9, 30);

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

  it('messages only tabs where the content script asked for its settings, and forgets one that navigated away', async () => {
    const crm = await fakeBrowser.tabs.create({
      url: 'https://app.hubspot.com/contacts/1/objects/0-2/views/all/list',
    });
    const other = await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    const navigated = await fakeBrowser.tabs.create({ url: 'https://app.pipedrive.com/organizations/list' });
    const contentTabs = createContentTabs();
    await contentTabs.add(crm.id!);
    await contentTabs.add(navigated.id!);
    const sent: number[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number) => {
      sent.push(tabId);
      if (tabId === navigated.id)
        throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const notify = createTabNotifier(contentTabs);
    await expect(notify({ event: 'page.refresh' })).resolves.toBeUndefined();
    expect(sent.sort()).toEqual([crm.id, navigated.id].sort());
    expect(sent).not.toContain(other.id);
    // A worker started again later knows the tabs from session storage, without the one that left.
    await contentTabs.saved();
    expect(await createContentTabs().list()).toEqual([crm.id]);
  });

  it('records a failure to reach a content-script tab that is not just "nobody there"', async () => {
    const log = useErrorLog(createErrorLog({ now: () => NOW }));
    const contentTabs = createContentTabs();
    await contentTabs.add(7);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Message length exceeded maximum allowed length.'),
    );
    await createTabNotifier(contentTabs)({ event: 'blacklist.changed', companyIds: [1] });
    await vi.waitFor(async () => expect(await log.entries()).toHaveLength(1));
    expect((await log.entries())[0]?.context).toBe('broadcast.blacklist-changed');
    expect(await contentTabs.list()).toEqual([7]);
  });
});
