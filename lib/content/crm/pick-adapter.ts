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
import { generic } from './generic';
import { hubspot } from './hubspot';
import { pipedrive } from './pipedrive';
import { raynet } from './raynet';
import { salesforce } from './salesforce';
import type { CrmAdapter } from './types';

export type { AdapterRegistry, EnabledAdapters } from './choose-adapter';

/** Site adapters in the order hosts are tried. */
const siteAdapters: Readonly<Record<SiteAdapterId, CrmAdapter>> = {
  hubspot,
  pipedrive,
  salesforce,
  raynet,
};

/** Every site adapter and the generic scanner: the demo bundle's set. */
export const allAdapters: AdapterRegistry = { ...siteAdapters, generic };

/** The adapter for a page and the CRM-shaped URL to pass to its `scan`. */
export function crmPathUrl(url: URL, enabled?: EnabledAdapters): { adapter: CrmAdapter; url: URL } {
  return chooseAdapter(url, allAdapters, enabled);
}

/** The adapter for a page: by host, by `/demo/<crm>/` prefix on localhost, else the generic scanner. */
export function pickAdapter(url: URL, enabled?: EnabledAdapters): CrmAdapter {
  return crmPathUrl(url, enabled).adapter;
}
