/**
 * Content-script registrations for user-added sites (the webext-dynamic-content-scripts pattern):
 * one registration per origin, made at run time once the options page holds the host permission.
 * Chrome keeps registrations across restarts, but an update or a lost permission can drop them, so
 * `restoreSiteScripts` re-creates missing ones on every worker start.
 */
import { browser } from 'wxt/browser';
import { originMatchPattern } from '../../shared/sites/origin';

/** The built content script, as WXT names it in the output. */
const CONTENT_SCRIPT_FILE = 'content-scripts/generic.js';
const ID_PREFIX = 'leady-site-';

/** A registration id per origin; characters other than letters, digits, dot and dash are escaped. */
function siteScriptId(origin: string): string {
  return ID_PREFIX + origin.replace(/[^a-z0-9.-]/gi, (char) => `_${char.charCodeAt(0).toString(16)}`);
}

export function hasHostPermission(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originMatchPattern(origin)] });
}

/** Ids of this feature's registrations that exist now. */
async function registeredIds(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Set(scripts.map((script) => script.id).filter((id) => id.startsWith(ID_PREFIX)));
}

export async function registerSiteScript(origin: string): Promise<void> {
  const id = siteScriptId(origin);
  if ((await registeredIds()).has(id)) return;
  await browser.scripting.registerContentScripts([
    {
      id,
      matches: [originMatchPattern(origin)],
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
}

export async function unregisterSiteScript(origin: string): Promise<void> {
  const id = siteScriptId(origin);
  if (!(await registeredIds()).has(id)) return;
  await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/**
 * Makes the registrations match the enabled origins: registers those missing (when the permission
 * is still granted) and removes registrations of origins no longer enabled.
 */
export async function restoreSiteScripts(origins: readonly string[]): Promise<void> {
  const existing = await registeredIds();
  const wanted = new Map(origins.map((origin) => [siteScriptId(origin), origin]));
  const stale = [...existing].filter((id) => !wanted.has(id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  for (const [id, origin] of wanted) {
    if (existing.has(id) || !(await hasHostPermission(origin))) continue;
    await registerSiteScript(origin);
  }
}
