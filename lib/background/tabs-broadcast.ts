import { browser } from 'wxt/browser';
import type { BackgroundEvent } from './events';

/** Tells every tab's content script (tabs without one just do not answer: that is fine). */
export async function broadcastToTabs(event: BackgroundEvent): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, event).catch(() => {}),
    ),
  );
}
