import * as v from 'valibot';
import { companyId, type RequestOf } from './payload-fields';

/** Longest company name the menu item's title takes (a name is page-side input here). */
const MAX_TARGET_NAME = 300;

/** The "Blacklist <Company> in Leady" context-menu item, fed by the content script. */
export const ContextMenuTargetSchema = v.object({
  companyId,
  companyName: v.pipe(
    v.string(),
    v.transform((name) => name.slice(0, MAX_TARGET_NAME)),
  ),
});
export type ContextMenuTarget = v.InferOutput<typeof ContextMenuTargetSchema>;

export const contextMenuRequests = {
  'menu.target': v.object({ target: v.nullable(ContextMenuTargetSchema) }),
};
type Request<K extends keyof typeof contextMenuRequests> = RequestOf<typeof contextMenuRequests, K>;

export interface ContextMenuMessages {
  /**
   * Sent by the content script on a right mouse-button press (before the menu opens): the matched
   * company under the pointer (badge, card, link to its website, or the record page's company), or
   * null where none is matched, so the item is hidden rather than guessing.
   */
  'menu.target': { request: Request<'menu.target'>; response: undefined };
}

/** Background → content script, over tabs.sendMessage. */
export type ContentScriptRequest =
  /** Which company did the user right-click? (The answer is authoritative; menu titles can lag.) */
  | { event: 'menu.query' }
  /** A blacklisting was started from this tab's context menu: show a toast with Undo. */
  | { event: 'blacklist.toast'; companyId: number; companyName: string; state: 'pending' | 'failed' };
