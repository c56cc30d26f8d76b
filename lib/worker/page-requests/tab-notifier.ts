/**
 * Tells content scripts when their earlier answers may be out of date: after sign-in or sign-out,
 * and when a sync stored new companies. Content scripts cannot hear the worker's runtime broadcasts
 * (those reach extension pages only), so each tab is messaged directly.
 */
import { browser } from 'wxt/browser';
import type { PageEvent } from '../../shared/messaging/protocol/page';
import type { EventBus } from '../events';

/** Sends an event to every tab; tabs without our content script refuse it, which is expected. */
export async function notifyTabs(event: PageEvent): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, event).catch(() => {}),
    ),
  );
}

/** Subscribes to the worker's event bus; returns the unsubscribe function. */
export function refreshTabsOnChanges(events: EventBus, notify = notifyTabs): () => void {
  return events.on((event) => {
    if (event.event === 'auth.changed' || event.event === 'cache.changed') {
      notify({ event: 'page.refresh' }).catch(() => {});
    }
  });
}
