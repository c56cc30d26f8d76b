/**
 * Which adapter reads a page, and the CRM-shaped URL it reads it as, from a given set of adapters.
 * Each CRM's content-script bundle carries only its own adapter (the 15 KB budget), so the set is
 * a parameter; `pick-adapter.ts` applies it to all adapters.
 *
 * The local sandbox serves saved CRM pages under `/demo/<crm>/…` on localhost; there the path after
 * the prefix is the CRM path, so `http://127.0.0.1:8787/demo/hubspot/contacts/1/record/0-2/5` is read
 * as `https://app.hubspot.com/contacts/1/record/0-2/5`. Adapters only ever see CRM-shaped URLs.
 */
import type { CrmAdapter, CrmAdapterId } from './types';

export type SiteAdapterId = Exclude<CrmAdapterId, 'generic'>;

/**
 * The adapters a bundle carries: its CRM's, and the generic scanner only where sites the user added
 * are read (the generic and demo bundles). A CRM's bundle never reads another site, so it leaves the
 * generic scanner out of its 15 KB budget.
 */
export type AdapterRegistry = Partial<Readonly<Record<CrmAdapterId, CrmAdapter>>>;

/** Stands in for the generic scanner in a bundle without it: the same id, and it finds nothing. */
const noGenericScanner: CrmAdapter = { id: 'generic', matchesUrl: () => false, scan: () => [] };

/** Where each CRM's demo pages pretend to live; any host its adapter accepts would do. */
const DEMO_ORIGINS: Readonly<Record<SiteAdapterId, string>> = {
  hubspot: 'https://app.hubspot.com',
  pipedrive: 'https://demo.pipedrive.com',
  salesforce: 'https://demo.lightning.force.com',
  raynet: 'https://app.raynet.cz',
};

const DEMO_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1']);
const DEMO_PATH = /^\/demo\/(hubspot|pipedrive|salesforce|raynet)(\/.*)?$/;

/**
 * Adapters the caller allows. A site whose adapter is not in the set is read by the generic
 * scanner, as any other enabled site is. Omitted: all adapters.
 */
export type EnabledAdapters = ReadonlySet<SiteAdapterId> | readonly SiteAdapterId[];

function isEnabled(id: SiteAdapterId, enabled: EnabledAdapters | undefined): boolean {
  if (!enabled) return true;
  return 'has' in enabled ? enabled.has(id) : enabled.includes(id);
}

/** A sandbox demo URL mapped to the CRM URL it stands for, or undefined for any other URL. */
function demoUrl(url: URL): { id: SiteAdapterId; url: URL } | undefined {
  if (!DEMO_HOSTS.has(url.hostname)) return undefined;
  const match = DEMO_PATH.exec(url.pathname);
  const id = match?.[1] as SiteAdapterId | undefined;
  if (!match || !id) return undefined;
  const crmUrl = new URL(match[2] || '/', DEMO_ORIGINS[id]);
  crmUrl.search = url.search;
  crmUrl.hash = url.hash;
  return { id, url: crmUrl };
}

/** The adapter for a page and the CRM-shaped URL to pass to its `scan`; generic when none fits. */
export function chooseAdapter(
  url: URL,
  registry: AdapterRegistry,
  enabled?: EnabledAdapters,
): { adapter: CrmAdapter; url: URL } {
  const generic = registry.generic ?? noGenericScanner;
  const demo = demoUrl(url);
  if (demo) {
    const adapter = registry[demo.id];
    return adapter && isEnabled(demo.id, enabled) ? { adapter, url: demo.url } : { adapter: generic, url };
  }
  for (const [id, adapter] of Object.entries(registry) as Array<[CrmAdapterId, CrmAdapter]>) {
    if (id !== 'generic' && adapter.matchesUrl(url) && isEnabled(id, enabled)) return { adapter, url };
  }
  return { adapter: generic, url };
}
