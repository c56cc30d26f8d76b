/** The user's settings and the account states every context talks about (stored by lib/runtime/storage-items.ts). */
import type { CrmSiteId } from './config/build-config';
import type { LocaleOption } from './i18n/translate';

export type AuthState = 'signed-out' | 'signed-in' | 'expired';

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
