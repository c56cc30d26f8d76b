/**
 * Everything the content script asks the background, behind one interface so tests can hand the
 * page loop a fake. The content script never reads extension storage and never sees a token.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../runtime/send';
import type { MatchQuery } from '../shared/matching/types';
import type { FrameView } from '../shared/messaging/protocol/card-frame';
import type { ContextMenuTarget } from '../shared/messaging/protocol/context-menu';
import type { PageEvent, PageMatchAnswer, PageSettings } from '../shared/messaging/protocol/page';

export interface PageMessenger {
  settings(): Promise<PageSettings>;
  match(queries: MatchQuery[]): Promise<PageMatchAnswer>;
  /** A ticket for a frame of card-frame.html showing `view` (the card, the record panel). */
  frameOpen(view: FrameView): Promise<{ ticket: string }>;
  /** The frame's URL: the per-session dynamic URL, which a page cannot guess. */
  frameUrl(ticket: string): string;
  blacklistUndo(companyId: number): Promise<unknown>;
  /** Companies hidden right now (pending or done). */
  blacklistIds(): Promise<number[]>;
  /** The matched company under the pointer as a right-click starts (null: none). */
  menuTarget(target: ContextMenuTarget | null): Promise<unknown>;
  /**
   * Events the background sends to this tab; what the listener returns for `menu.query` is the
   * answer. Returns the unsubscribe function.
   */
  onEvent(listener: (event: PageEvent) => ContextMenuTarget | null | undefined): () => void;
}

const MAX_EVENT_IDS = 100_000;

/**
 * Messages to tabs come from our own extension only, but their shape is still checked. By hand, not
 * with valibot like the worker's requests (protocol/*.ts): a valibot schema of these five events
 * added 1.8 KB gzipped to every content bundle (measured: raynet 15.4 → 17.2 KB), whose budget is
 * 15 KB; the events are few and flat, and the sender is our own worker.
 */
function parsePageEvent(message: unknown): PageEvent | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { event, companyIds, companyId, companyName, state } = message as Record<string, unknown>;
  if (event === 'page.refresh' || event === 'menu.query') return { event };
  if (event === 'frame.action') {
    const { ticket, action } = message as Record<string, unknown>;
    if (typeof ticket !== 'string' || (action !== 'close' && action !== 'dismiss' && action !== 'show')) {
      return undefined;
    }
    return { event, ticket, action };
  }
  if (event === 'blacklist.toast') {
    if (!Number.isSafeInteger(companyId) || typeof companyName !== 'string') return undefined;
    if (state !== 'pending' && state !== 'failed') return undefined;
    return { event, companyId: companyId as number, companyName: companyName.slice(0, 300), state };
  }
  if (event !== 'blacklist.changed' || !Array.isArray(companyIds) || companyIds.length > MAX_EVENT_IDS) {
    return undefined;
  }
  const ids = companyIds.filter((id): id is number => Number.isSafeInteger(id) && id > 0);
  return { event, companyIds: ids };
}

export function runtimeMessenger(): PageMessenger {
  return {
    settings: () => sendMessage('page.settings'),
    match: (queries) => sendMessage('page.match', { queries }),
    frameOpen: (view) => sendMessage('frame.open', { view }),
    frameUrl: (ticket) => `${browser.runtime.getURL('/card-frame.html')}#${ticket}`,
    blacklistUndo: (companyId) => sendMessage('blacklist.undo', { companyId }),
    blacklistIds: () => sendMessage('blacklist.ids'),
    menuTarget: (target) => sendMessage('menu.target', { target }),
    onEvent(listener) {
      const onMessage = (
        message: unknown,
        sender: { id?: string },
        sendResponse: (answer: unknown) => void,
      ) => {
        if (sender.id !== browser.runtime.id) return undefined;
        const event = parsePageEvent(message);
        if (!event) return undefined;
        const answer = listener(event);
        // Only a query is answered, synchronously through sendResponse: the content script uses the
        // browser's own API (no polyfill), and Chrome does not take a returned promise as the answer.
        if (event.event === 'menu.query') sendResponse(answer ?? null);
        return undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
  };
}
