/** The "Blacklist <Company> in Leady" context-menu item, fed by the content script. */
export interface ContextMenuTarget {
  companyId: number;
  companyName: string;
}

export interface ContextMenuMessages {
  /**
   * Sent by the content script on a right mouse-button press (before the menu opens): the matched
   * company under the pointer (badge, card, link to its website, or the record page's company), or
   * null where none is matched, so the item is hidden rather than guessing.
   */
  'menu.target': { request: { target: ContextMenuTarget | null }; response: undefined };
}

/** Background → content script, over tabs.sendMessage. */
export type ContentScriptRequest =
  /** Which company did the user right-click? (The answer is authoritative; menu titles can lag.) */
  | { event: 'menu.query' }
  /** A blacklisting was started from this tab's context menu: show a toast with Undo. */
  | { event: 'blacklist.toast'; companyId: number; companyName: string; state: 'pending' | 'failed' };
