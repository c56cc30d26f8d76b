import * as v from 'valibot';
import { type Browser, browser } from 'wxt/browser';
import { clip } from '../shared/clip';
import { isolateBidi, stripBidiControls } from '../shared/i18n/bidi';
import { backgroundCatalog } from '../shared/i18n/catalogs/background';
import { createTranslator } from '../shared/i18n/translate';
import type { ContentScriptRequest, ContextMenuTarget } from '../shared/messaging/protocol';
import { ContextMenuTargetSchema } from '../shared/messaging/protocol/context-menu';
import type { BlacklistService } from './blacklist/blacklist-service';
import { recordDeliveryFailure, recordFailure } from './diagnostics/failures';
import { userLocale } from './locale';

const MENU_ID = 'leady-blacklist';

export interface ContextMenu {
  /** The content script reported what is under the pointer (null: no matched company). */
  setTarget(target: ContextMenuTarget | null, tabId: number | undefined): Promise<void>;
  /** The user chose the item. Exposed so tests can drive the real handler. */
  onClicked(
    info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'frameId'>,
    tab?: Browser.tabs.Tab,
  ): Promise<void>;
}

/**
 * "Blacklist <Company> in Leady". The item is created hidden and shown, with the company's name,
 * only while the content script reports a matched company under the pointer; on click the content
 * script is asked again (a title can lag behind a fast right-click) and nothing is blacklisted blind.
 */
export function startContextMenu(
  blacklist: BlacklistService,
  /** Whether the worker matched the company on a page of the tab (the page answers menu.query). */
  matchedInTab: (tabId: number, companyId: number) => Promise<boolean>,
): ContextMenu {
  const lastTarget = new Map<number, ContextMenuTarget | null>();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus
      .removeAll()
      .then(() =>
        browser.contextMenus.create({
          id: MENU_ID,
          title: 'Leady',
          contexts: ['page', 'link', 'selection', 'image'],
          visible: false,
        }),
      )
      .catch(recordFailure('context-menu.create'));
  });

  async function setTarget(target: ContextMenuTarget | null, tabId: number | undefined): Promise<void> {
    if (tabId !== undefined) lastTarget.set(tabId, target);
    const t = createTranslator(backgroundCatalog, await userLocale());
    await browser.contextMenus
      .update(MENU_ID, {
        visible: target !== null,
        title: target ? t('menuBlacklist', shorten(target.companyName)) : t('menuBlacklistNone'),
      })
      .catch(recordFailure('context-menu.update'));
  }

  async function askTab(tabId: number, frameId: number | undefined): Promise<ContextMenuTarget | null> {
    const request: ContentScriptRequest = { event: 'menu.query' };
    try {
      const answer = await browser.tabs.sendMessage(
        tabId,
        request,
        frameId === undefined ? undefined : { frameId },
      );
      // The same check as a reported target (the menu.target schema): the page's script is not trusted.
      const target = v.safeParse(ContextMenuTargetSchema, answer);
      return target.success ? target.output : null;
    } catch {
      // The page's script did not answer (navigated, reloading): its last report is the best guess.
      return lastTarget.get(tabId) ?? null;
    }
  }

  async function onClicked(
    info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'frameId'>,
    tab?: Browser.tabs.Tab,
  ): Promise<void> {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const target = await askTab(tab.id, info.frameId);
    if (!target || !(await matchedInTab(tab.id, target.companyId))) return;
    const item = await blacklist.add(target.companyId);
    const toast: ContentScriptRequest = {
      event: 'blacklist.toast',
      companyId: target.companyId,
      companyName: item.companyName,
      state: item.state === 'failed' ? 'failed' : 'pending',
    };
    // The tab may have navigated away since the click: then there is nobody to show the toast to.
    await browser.tabs.sendMessage(tab.id, toast).catch(recordDeliveryFailure('context-menu.toast'));
  }

  browser.contextMenus.onClicked.addListener((info, tab) => {
    onClicked(info, tab).catch(recordFailure('context-menu.click'));
  });
  browser.tabs.onRemoved.addListener((tabId) => lastTarget.delete(tabId));
  return { setTarget, onClicked };
}

/**
 * Menu titles are one line; a 300-character company name would swallow the menu. Isolated, without
 * bidi controls: a name must not reorder the words of the title around it.
 */
function shorten(name: string): string {
  const clean = stripBidiControls(name).replace(/\s+/g, ' ').trim();
  return isolateBidi(clip(clean, 40));
}
