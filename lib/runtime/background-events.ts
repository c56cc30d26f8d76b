import { browser } from 'wxt/browser';
import { type BackgroundEvent, isBackgroundEvent } from '../shared/messaging/protocol/events';

/**
 * Subscribes an extension page (popup, options) to background events; returns the unsubscribe
 * function. Requests carry `type`, events `event`: only the latter reach the listener, which never
 * answers them.
 */
export function onBackgroundEvent(listener: (event: BackgroundEvent) => void): () => void {
  const handle = (message: unknown) => {
    if (isBackgroundEvent(message)) listener(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handle);
  return () => browser.runtime.onMessage.removeListener(handle);
}
