/**
 * Build-time configuration: which Leady API the extension talks to by default and which pages its
 * content script runs on. Pure functions so `wxt.config.ts` and the tests share one source of truth.
 */

const PRODUCTION_API_URL = 'https://api.leady.com/v1/';

/** Built-in CRM sites: one entry per adapter, each a per-site toggle in the options page. */
export const CRM_SITES = {
  hubspot: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  pipedrive: ['https://*.pipedrive.com/*'],
  salesforce: ['https://*.lightning.force.com/*'],
  raynet: ['https://app.raynet.cz/*', 'https://app.raynet.sk/*', 'https://eu.raynetcrm.com/*'],
} as const;

export type CrmSiteId = keyof typeof CRM_SITES;

export const CRM_MATCHES: string[] = Object.values(CRM_SITES).flat();

/** Local demo CRM pages served by the sandbox; matched only in sandbox (loopback) builds. */
export const LOOPBACK_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

/**
 * Normalises `LEADY_API_URL` into an absolute base URL ending in `/`, so relative paths such as
 * `resources/` resolve under it. Throws on anything that is not http(s): a typo here would otherwise
 * build an extension that silently talks to nothing.
 */
export function resolveApiBaseUrl(raw: string | undefined): string {
  const value = raw?.trim() || PRODUCTION_API_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`LEADY_API_URL is not a valid URL: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`LEADY_API_URL must be http(s): ${value}`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

function isLoopbackUrl(href: string): boolean {
  const { hostname } = new URL(href);
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/** Match pattern for every path on the API's origin (ports are not part of match patterns). */
function originMatchPattern(href: string): string {
  const url = new URL(href);
  return `${url.protocol}//${url.hostname}/*`;
}

export interface BuildConfig {
  apiBaseUrl: string;
  hostPermissions: string[];
  sandboxBuild: boolean;
}

export function buildConfig(env: Record<string, string | undefined>): BuildConfig {
  const apiBaseUrl = resolveApiBaseUrl(env.LEADY_API_URL);
  const sandboxBuild = isLoopbackUrl(apiBaseUrl);
  return {
    apiBaseUrl,
    sandboxBuild,
    hostPermissions: [originMatchPattern(apiBaseUrl)],
  };
}
