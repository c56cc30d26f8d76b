/**
 * Tells content scripts when their earlier answers may be out of date: after sign-in or sign-out,
 * and when a sync stored new companies. Content scripts cannot hear the worker's runtime broadcasts
 * (those reach extension pages only), so each tab is messaged directly: only the tabs where our
 * content script runs (content-tabs.ts), never every tab the user has open.
 */
import { browser } from 'wxt/browser';
import type { PageEvent } from '../../shared/messaging/protocol/page';
import { isNoReceiver, recordFailure } from '../diagnostics/failures';
import type { EventBus } from '../events';
import type { ContentTabs } from './content-tabs';

export type NotifyTabs = (event: PageEvent) => Promise<void>;

/** Sends events to the content-script tabs; a tab whose script is gone is forgotten. */
export function createTabNotifier(contentTabs: ContentTabs): NotifyTabs {
  return async (event) => {
    const tabIds = await contentTabs.list();
    await Promise.all(
      tabIds.map((tabId) =>
        browser.tabs.sendMessage(tabId, event).catch((error: unknown) => {
          // No content script there any more (the tab navigated away): expected, stop telling it.
          if (isNoReceiver(error)) return contentTabs.forget(tabId);
          recordFailure(`broadcast.${event.event.replace('.', '-')}`)(error);
        }),
      ),
    );
  };
}

/** Subscribes to the worker's event bus; returns the unsubscribe function. */
export function refreshTabsOnChanges(events: EventBus, notify: NotifyTabs): () => void {
  return events.on((event) => {
    if (event.event === 'auth.changed' || event.event === 'cache.changed') {
      notify({ event: 'page.refresh' }).catch(recordFailure('broadcast.page-refresh'));
    }
  });
}
