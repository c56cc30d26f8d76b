/**
 * The tabs where this extension's content script runs, so that broadcasts (`page.refresh`,
 * `blacklist.changed`) go to them alone and not to every tab the user has open. A tab is added when
 * its content script asks for `page.settings` (every instance does, first thing) and dropped when
 * it closes, or when a message finds no content script there any more (the tab navigated away).
 *
 * Kept in `storage.session` as well as in memory: a worker stopped when idle and started again by
 * an alarm must still know which tabs to tell that a sync brought new companies. Changes are in
 * memory when a call resolves; the save follows (coalesced-save.ts).
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { createCoalescedSave } from '../coalesced-save';

export interface ContentTabs {
  add(tabId: number): Promise<void>;
  forget(tabId: number): Promise<void>;
  list(): Promise<number[]>;
  /** Resolves once the changes so far are in storage (a failed save is recorded). */
  saved(): Promise<void>;
}

type Item = WxtStorageItem<number[], Record<string, unknown>>;

const contentTabsItem: Item = storage.defineItem<number[]>('session:leady.contentTabs', { fallback: [] });

export function createContentTabs(item: Item = contentTabsItem): ContentTabs {
  let known: Promise<Set<number>> | undefined;
  const tabs = () => {
    known ??= item.getValue().then(
      (ids) => new Set(ids),
      (error: unknown) => {
        // Unreadable now: read again next time instead of keeping the failure.
        known = undefined;
        throw error;
      },
    );
    return known;
  };
  const save = createCoalescedSave(async () => item.setValue([...(await tabs())]), 'content-tabs.save');
  return {
    async add(tabId) {
      const all = await tabs();
      if (all.has(tabId)) return;
      all.add(tabId);
      save.request();
    },
    async forget(tabId) {
      if ((await tabs()).delete(tabId)) save.request();
    },
    list: async () => [...(await tabs())],
    saved: save.saved,
  };
}
