import * as v from 'valibot';
import { parseSiteOrigin } from '../../sites/origin';
import type { RequestOf } from './payload-fields';

/**
 * A bare http(s) origin, canonical (`https://crm.example.com/` arrives as `https://crm.example.com`):
 * the same rule the options page applies before it asks for the permission (shared/sites/origin.ts).
 */
const siteOrigin = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    try {
      return parseSiteOrigin(dataset.value);
    } catch (error) {
      addIssue({ message: error instanceof Error ? error.message : 'not a site origin' });
      return NEVER;
    }
  }),
);

export const sitesRequests = {
  'sites.enable': v.object({ origin: siteOrigin }),
  'sites.disable': v.object({ origin: siteOrigin }),
};
type Request<K extends keyof typeof sitesRequests> = RequestOf<typeof sitesRequests, K>;

/** Which sites the content script annotates: built-in CRM toggles and user-added origins. */
export interface SitesMessages {
  /**
   * Enable annotations on an origin the user added in the options page ("https://crm.example.com").
   * The options page must already hold the origin's host permission (permissions.request needs the
   * user's click, so it is asked there); the background registers the content script for it.
   */
  'sites.enable': { request: Request<'sites.enable'>; response: { origins: string[] } };
  'sites.disable': { request: Request<'sites.disable'>; response: { origins: string[] } };
}
