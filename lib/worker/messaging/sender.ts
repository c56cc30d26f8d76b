import type { Browser } from 'wxt/browser';

/**
 * Who sent a message. Only this extension's own contexts are ever answered; among them, extension
 * pages (popup, options) may do everything, content scripts (which run beside hostile pages) only
 * what a page annotation needs.
 */
export type SenderKind = 'extension-page' | 'content-script';

export function classifySender(
  sender: Browser.runtime.MessageSender,
  runtimeId: string,
  extensionOrigin: string,
): SenderKind | undefined {
  if (sender.id !== runtimeId) return undefined;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  // A content script runs in a tab, and its answers and events are addressed by the tab's id.
  if (sender.tab?.id !== undefined) return 'content-script';
  return undefined;
}
