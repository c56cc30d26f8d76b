import { browser } from 'wxt/browser';
import type { BackgroundEvent } from '../shared/messaging/protocol/events';
import { recordDeliveryFailure } from './diagnostics/failures';

type Listener = (event: BackgroundEvent) => void;

export interface EventBus {
  emit(event: BackgroundEvent): void;
  /** In-worker subscribers (badge, sync); returns an unsubscribe function. */
  on(listener: Listener): () => void;
}

export function createEventBus(
  broadcast: (event: BackgroundEvent) => Promise<unknown> = toExtensionPages,
): EventBus {
  const listeners = new Set<Listener>();
  return {
    emit(event) {
      for (const listener of listeners) listener(event);
      // No open popup means nobody listens; that is normal, not an error. Anything else is recorded.
      broadcast(event).catch(recordDeliveryFailure('broadcast.extension-pages'));
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function toExtensionPages(event: BackgroundEvent): Promise<unknown> {
  return browser.runtime.sendMessage(event);
}
