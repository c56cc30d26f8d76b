import { isLeadyError, LeadyError } from '../api/errors';
import type { Services } from '../background/services';
import { getCompanies } from '../cache/companies';
import type { BlacklistItem } from '../messaging/protocol/blacklist';
import { blacklistItem } from '../storage/items';
import { outcomeOfFailure, UNDO_WINDOW_MS } from './outbox-rules';

type StoredItem = BlacklistItem & { sendAfter?: number };

/** How soon a blacklisting that could not be sent (offline, 5xx, signed out) is tried again. */
const RETRY_LATER_MS = 60_000;

export interface BlacklistService {
  add(companyId: number): Promise<BlacklistItem>;
  undo(companyId: number): Promise<void>;
  /** Leady's blacklist merged with what is pending here. */
  list(): Promise<BlacklistItem[]>;
  /** Companies hidden right now (pending or confirmed). */
  hiddenIds(): Promise<number[]>;
  /** Sends every pending item whose undo window has passed; safe to call any time. */
  flush(): Promise<void>;
}

export interface BlacklistServiceOptions {
  /** Told whenever the set of blacklisted companies changes (badges on open tabs, popup lists). */
  onChange?: (items: BlacklistItem[]) => void;
  /** Leady refused a blacklisting for good (told once per item). */
  onFailed?: (item: BlacklistItem) => void;
  /** Schedules a flush at an instant (a timer while the worker lives, an alarm as a backstop). */
  scheduleFlush?: (at: number) => void;
}

/**
 * Blacklisting through a persisted outbox: the user's click is stored first (so it survives the
 * worker stopping, the browser closing or being offline), shown everywhere at once, and sent to
 * Leady exactly once after the undo window. A 400 "already blacklisted" counts as done.
 */
export function createBlacklistService(
  services: Services,
  options: BlacklistServiceOptions = {},
): BlacklistService {
  let flushing: Promise<void> | undefined;

  async function read(): Promise<Record<string, StoredItem>> {
    return blacklistItem.getValue();
  }

  async function update(
    mutate: (items: Record<string, StoredItem>) => void,
  ): Promise<Record<string, StoredItem>> {
    const items = { ...(await read()) };
    mutate(items);
    await blacklistItem.setValue(items);
    options.onChange?.(Object.values(items));
    return items;
  }

  async function send(item: StoredItem): Promise<void> {
    const client = await services.client();
    try {
      const entry = await client.addToBlacklist(item.companyId, { priority: 'background' });
      await update((items) => {
        // Undone while the request was on its way: the undo will remove the entry from Leady.
        if (items[item.companyId])
          items[item.companyId] = { ...item, state: 'done', entryId: entry.id, sendAfter: undefined };
      });
    } catch (error) {
      if (!isLeadyError(error)) throw error;
      const outcome = outcomeOfFailure(error);
      if (outcome === 'retry-later') return;
      const settled: StoredItem =
        outcome === 'already-done'
          ? { ...item, state: 'done', sendAfter: undefined }
          : { ...item, state: 'failed', error: error.toJSON(), sendAfter: undefined };
      let stillWanted = false;
      await update((items) => {
        stillWanted = items[item.companyId] !== undefined;
        if (stillWanted) items[item.companyId] = settled;
      });
      if (stillWanted && settled.state === 'failed') options.onFailed?.(settled);
    }
  }

  async function flushOnce(): Promise<void> {
    const now = services.now();
    const due = Object.values(await read()).filter(
      (item) => item.state === 'pending' && (item.sendAfter ?? 0) <= now,
    );
    for (const item of due) await send(item);
    const later = Object.values(await read()).filter((item) => item.state === 'pending');
    // Still in its undo window: send when it ends. Due but not sent (offline, 5xx): try again in a minute.
    const next = Math.min(
      ...later.map((item) => ((item.sendAfter ?? 0) > now ? item.sendAfter! : now + RETRY_LATER_MS)),
    );
    if (Number.isFinite(next)) options.scheduleFlush?.(next);
  }

  async function findEntryId(companyId: number): Promise<number | undefined> {
    const client = await services.client();
    for await (const entry of client.blacklist({ priority: 'interactive', maxPages: 50 }).items()) {
      if (entry.company?.id === companyId) return entry.id;
    }
    return undefined;
  }

  return {
    async add(companyId) {
      const company = (await getCompanies(await services.cache(), [companyId])).get(companyId);
      const now = services.now();
      const item: StoredItem = {
        companyId,
        companyName: company?.name ?? `#${companyId}`,
        website: company?.website,
        state: 'pending',
        createdAt: now,
        sendAfter: now + UNDO_WINDOW_MS,
      };
      const existing = (await read())[companyId];
      if (existing && existing.state !== 'failed') return existing;
      await update((items) => {
        items[companyId] = item;
      });
      options.scheduleFlush?.(item.sendAfter!);
      return item;
    },

    async undo(companyId) {
      const item = (await read())[companyId];
      if (!item) return;
      if (item.state === 'done') {
        const entryId = item.entryId ?? (await findEntryId(companyId));
        if (entryId !== undefined) {
          try {
            await (await services.client()).removeFromBlacklist(entryId, { priority: 'interactive' });
          } catch (error) {
            // Already gone from Leady is what we wanted.
            if (!(error instanceof LeadyError && error.kind === 'not-found')) throw error;
          }
        }
      }
      await update((items) => {
        delete items[companyId];
      });
    },

    async list() {
      const client = await services.client();
      const local = await read();
      const fromLeady = new Map<number, BlacklistItem>();
      for await (const entry of client.blacklist({ priority: 'interactive', maxPages: 50 }).items()) {
        const id = entry.company?.id;
        if (id === undefined) continue;
        fromLeady.set(id, {
          companyId: id,
          companyName: entry.company?.name ?? `#${id}`,
          website: entry.company?.website,
          entryId: entry.id,
          state: 'done',
          createdAt: entry.created ?? 0,
        });
      }
      // Confirmed here but gone from Leady: someone removed it there, so stop hiding the company.
      const removedElsewhere = Object.values(local).filter(
        (item) => item.state === 'done' && !fromLeady.has(item.companyId),
      );
      if (removedElsewhere.length) {
        await update((items) => {
          for (const item of removedElsewhere) delete items[item.companyId];
        });
      }
      const pending = Object.values(local).filter((item) => item.state !== 'done');
      const merged = [...pending, ...fromLeady.values()].map(
        ({ sendAfter: _sendAfter, ...item }: StoredItem) => item,
      );
      return merged.sort((a, b) => b.createdAt - a.createdAt);
    },

    async hiddenIds() {
      return Object.values(await read())
        .filter((item) => item.state !== 'failed')
        .map((item) => item.companyId);
    },

    flush() {
      flushing ??= flushOnce().finally(() => {
        flushing = undefined;
      });
      return flushing;
    },
  };
}
