/**
 * Every piece of extension storage, declared once. `local:` survives browser restarts.
 * The token is read only by the background worker (lib/background/); other contexts ask it.
 */
import { storage } from 'wxt/utils/storage';
import type { CrmSiteId } from '../config/build-config';
import type { LocaleOption } from '../i18n/translate';
import type { BlacklistItem } from '../messaging/protocol/blacklist';
import type { ThrottleDeadlines } from '../queue/throttle-store';

export const tokenItem = storage.defineItem<string | null>('local:leady.token', { fallback: null });

export type AuthState = 'signed-out' | 'signed-in' | 'expired';

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

export type SyncWindowDays = 30 | 90 | 180;

export interface Settings {
  /** Overrides the build's default API base URL (a sandbox or a proxy). */
  apiBaseUrl?: string;
  syncWindowDays: SyncWindowDays;
  /** Per-site toggles for the built-in CRMs. */
  sites: Record<CrmSiteId, boolean>;
  /** Origins the user enabled at run time (`https://crm.example.com`). */
  customOrigins: string[];
  locale: LocaleOption;
  /** Tracked website the popup shows; remembered between openings. */
  resourceDomain?: string;
}

export const DEFAULT_SETTINGS: Settings = {
  syncWindowDays: 90,
  sites: { hubspot: true, pipedrive: true, salesforce: true, raynet: true },
  customOrigins: [],
  locale: 'auto',
};

export const settingsItem = storage.defineItem<Settings>('local:leady.settings', {
  fallback: DEFAULT_SETTINGS,
});

/** Settings as stored, with defaults filled in for anything a previous version did not have. */
export async function readSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...stored, sites: { ...DEFAULT_SETTINGS.sites, ...stored.sites } };
}

/** The account's tracked websites, as last listed (the popup's picker renders from this at once). */
export const resourcesItem = storage.defineItem<Array<{ domain: string; name?: string }>>(
  'local:leady.resources',
  {
    fallback: [],
  },
);

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
