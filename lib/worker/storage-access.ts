/**
 * Extension storage is readable by content scripts unless restricted, and `storage.local` holds the
 * account (e-mail, state) and its outbox (issue 12). Chromium can close `storage.local` to everything
 * but the extension's own pages and worker; content scripts never read storage (they ask the
 * worker), so nothing else changes. Chromium keeps the setting, and it is set again at every worker
 * start, before any sign-in.
 *
 * Firefox has `setAccessLevel` for `storage.session` only: there a content script of this extension
 * can still read `storage.local`, which is why the token is not kept there (token-store.ts; README,
 * "What a page can see"). Here it is a second wall.
 */
import { browser } from 'wxt/browser';

interface RestrictableArea {
  setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void>;
}

export async function restrictStorageToExtension(
  area: RestrictableArea = browser.storage.local,
): Promise<void> {
  if (typeof area.setAccessLevel !== 'function') return;
  await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
}
