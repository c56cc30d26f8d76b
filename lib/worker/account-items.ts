/**
 * The account's storage: the token (in the worker's IndexedDB, token-store.ts), who is signed in,
 * throttle deadlines, the toolbar count and the blacklist outbox. Only the worker imports this file:
 * other contexts ask the worker.
 */
import { storage } from 'wxt/utils/storage';
import { resourcesItem } from '../runtime/storage-items';
import type { BlacklistItem } from '../shared/messaging/protocol/blacklist';
import type { AuthState } from '../shared/settings';
import type { ThrottleDeadlines } from './queue/throttle-store';

// The token is not in extension storage: a content script could read it there in Firefox (issue 12).
export { tokenItem } from './token-store';

export interface Account {
  state: AuthState;
  /** E-mail the user signed in with; absent after a pasted-token sign-in. */
  email?: string;
  /** API the token belongs to: a token is only ever sent there. */
  apiBaseUrl?: string;
  signedInAt?: number;
}

export const accountItem = storage.defineItem<Account>('local:leady.account', {
  fallback: { state: 'signed-out' },
});

export const throttleItem = storage.defineItem<ThrottleDeadlines>('local:leady.throttle', { fallback: {} });

/** Companies newly identified by sync since the popup was last opened (the toolbar badge). */
export const newCompaniesItem = storage.defineItem<number>('local:leady.newCompanies', { fallback: 0 });

/**
 * Blacklistings by company id: the persisted outbox (pending ones survive the worker stopping, the
 * browser closing and being offline) and what Leady confirmed.
 */
export interface OutboxItem extends BlacklistItem {
  /** Not sent before this instant (the end of the undo window). */
  sendAfter?: number;
  /** A POST was started: it may have reached Leady even when its answer was lost. */
  sent?: boolean;
  /** The user took it back after it may have reached Leady: its removal there is still owed. */
  undone?: boolean;
}

export const blacklistItem = storage.defineItem<Record<string, OutboxItem>>('local:leady.blacklist', {
  fallback: {},
});

/**
 * What belongs to an account besides its token: its websites, the toolbar count and the blacklist
 * outbox. Gone on sign-out and when another account signs in (settings stay: they are the user's).
 */
export async function clearAccountData(): Promise<void> {
  await Promise.all([
    resourcesItem.removeValue(),
    newCompaniesItem.removeValue(),
    blacklistItem.removeValue(),
  ]);
}
