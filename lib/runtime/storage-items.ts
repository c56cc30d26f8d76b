/**
 * Extension storage that extension pages read too: the user's settings and the tracked websites.
 * The account's own items (token, outbox) are the worker's: lib/worker/account-items.ts.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';

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
  { fallback: [] },
);
