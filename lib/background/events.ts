import { browser } from 'wxt/browser';
import type { LeadyErrorData } from '../api/errors';
import type { AuthStatus } from '../messaging/protocol';

/** What the background tells open extension pages (popup, options) without being asked. */
export type BackgroundEvent =
  | { event: 'auth.changed'; status: AuthStatus }
  | { event: 'sync.changed'; running: boolean; lastSuccessAt?: number; error?: LeadyErrorData }
  | { event: 'cache.changed' }
  /** Companies hidden right now; content scripts get it too, so badges on open tabs update at once. */
  | { event: 'blacklist.changed'; companyIds: number[] };

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
      // No open popup means nobody listens; that is normal, not an error.
      broadcast(event).catch(() => {});
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

export function isBackgroundEvent(value: unknown): value is BackgroundEvent {
  return (
    typeof value === 'object' && value !== null && typeof (value as { event?: unknown }).event === 'string'
  );
}

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
