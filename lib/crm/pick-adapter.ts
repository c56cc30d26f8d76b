/**
 * Adapter choice over every site adapter (tests, the sandbox's demo pages and the all-CRM demo
 * bundle). A CRM's own content-script bundle uses `chooseAdapter` with just its adapter.
 */
import {
  type AdapterRegistry,
  chooseAdapter,
  type EnabledAdapters,
  type SiteAdapterId,
} from './choose-adapter';
import { hubspot } from './hubspot';
import { pipedrive } from './pipedrive';
import { raynet } from './raynet';
import { salesforce } from './salesforce';
import type { CrmAdapter } from './types';

export type { AdapterRegistry, EnabledAdapters, SiteAdapterId } from './choose-adapter';

/** Site adapters in the order hosts are tried. */
export const siteAdapters: Readonly<Record<SiteAdapterId, CrmAdapter>> = {
  hubspot,
  pipedrive,
  salesforce,
  raynet,
};

/** The adapter for a page and the CRM-shaped URL to pass to its `scan`. */
export function crmPathUrl(url: URL, enabled?: EnabledAdapters): { adapter: CrmAdapter; url: URL } {
  return chooseAdapter(url, siteAdapters as AdapterRegistry, enabled);
}

/** The adapter for a page: by host, by `/demo/<crm>/` prefix on localhost, else the generic scanner. */
export function pickAdapter(url: URL, enabled?: EnabledAdapters): CrmAdapter {
  return crmPathUrl(url, enabled).adapter;
}
