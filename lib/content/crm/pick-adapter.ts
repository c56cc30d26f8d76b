/**
 * Every adapter, for the all-CRM demo bundle (the sandbox's demo pages) and the tests, which pass it
 * to `chooseAdapter`. A CRM's own content-script bundle uses `chooseAdapter` with just its adapter.
 */
import type { AdapterRegistry, SiteAdapterId } from './choose-adapter';
import { generic } from './generic';
import { hubspot } from './hubspot';
import { pipedrive } from './pipedrive';
import { raynet } from './raynet';
import { salesforce } from './salesforce';
import type { CrmAdapter } from './types';

/** Site adapters in the order hosts are tried. */
const siteAdapters: Readonly<Record<SiteAdapterId, CrmAdapter>> = {
  hubspot,
  pipedrive,
  salesforce,
  raynet,
};

/** Every site adapter and the generic scanner: the demo bundle's set. */
export const allAdapters: AdapterRegistry = { ...siteAdapters, generic };
