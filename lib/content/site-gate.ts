/**
 * Whether this page is annotated, and by which adapter. Built-in CRMs (and their sandbox demo pages)
 * follow their per-site switch: a CRM switched off does nothing at all, not even generic scanning.
 * Origins the user added are read by the generic scanner (or their own adapter, should one fit).
 */

import type { PageSettings } from '../shared/messaging/protocol/page';
import { type AdapterRegistry, chooseAdapter, type SiteAdapterId } from './crm/choose-adapter';
import type { CrmAdapter } from './crm/types';

export interface PageTarget {
  adapter: CrmAdapter;
  /** The CRM-shaped URL the adapter reads (demo paths mapped to the CRM's own). */
  url: URL;
}

export function pageTarget(
  url: URL,
  settings: Pick<PageSettings, 'sites' | 'customOrigins'>,
  adapters: AdapterRegistry,
): PageTarget | undefined {
  const enabled = settings.sites as SiteAdapterId[];
  const picked = chooseAdapter(url, adapters, enabled);
  if (picked.adapter.id !== 'generic') return picked;
  // A built-in CRM that fell back to the generic scanner is one the user switched off.
  if (chooseAdapter(url, adapters).adapter.id !== 'generic') return undefined;
  return settings.customOrigins.includes(url.origin) ? picked : undefined;
}
