import { isLeadyError, LeadyError } from '../../shared/api/errors';
import { outcomeOfFailure, UNDO_WINDOW_MS } from '../../shared/blacklist/outbox-rules';
import type { BlacklistItem } from '../../shared/messaging/protocol/blacklist';
import { blacklistItem, type OutboxItem } from '../account-items';
import type { Priority } from '../api';
import { getCompanies } from '../cache/companies';
import { recordFailure } from '../diagnostics/failures';
import { createKeyedSerializer, createSerializer } from '../serialize';
import type { Services } from '../services';

type Items = Record<string, OutboxItem>;

/** How soon a blacklisting (or its removal) that could not be sent (offline, 5xx, signed out) is tried again. */
const RETRY_LATER_MS = 60_000;

export interface BlacklistService {
  add(companyId: number): Promise<BlacklistItem>;
  /** Takes a blacklisting back (also one made elsewhere); when it may be in Leady, its removal there is owed and sent. */
  undo(companyId: number): Promise<void>;
  /** Leady's blacklist merged with what is pending here. */
  list(): Promise<BlacklistItem[]>;
  /** Companies hidden right now (pending or confirmed). */
  hiddenIds(): Promise<number[]>;
  /** Sends every pending item whose undo window has passed, and owed removals; safe to call any time. */
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
 *
 * Two locks keep it exact: every read-modify-write of the stored outbox runs one at a time (storage
 * has no transactions; ten clicks at once would otherwise keep one), and the sending and undoing of
 * one company run one at a time, so an Undo that arrives while the POST is on its way removes the
 * entry Leady is about to create instead of forgetting about it.
 */
export function createBlacklistService(
  services: Services,
  options: BlacklistServiceOptions = {},
): BlacklistService {
  let flushing: Promise<void> | undefined;
  const serializeWrites = createSerializer();
  const perCompany = createKeyedSerializer<number>();

  function read(): Promise<Items> {
    return blacklistItem.getValue();
  }

  function update<T>(mutate: (items: Items) => T, { quiet = false } = {}): Promise<T> {
    return serializeWrites(async () => {
      const stored = await read();
      const items = { ...stored };
      const result = mutate(items);
      // Nothing changed: writing would only risk putting back what a sign-out just cleared.
      if (JSON.stringify(items) === JSON.stringify(stored)) return result;
      await blacklistItem.setValue(items);
      if (!quiet) options.onChange?.(shown(items).map(publicItem));
      return result;
    });
  }

  /** Taken-back items are gone for the user even while their removal from Leady is on its way. */
  function shown(items: Items): OutboxItem[] {
    return Object.values(items).filter((item) => !item.undone);
  }

  async function findEntryId(companyId: number, priority: Priority): Promise<number | undefined> {
    const client = await services.client();
    for await (const entry of client.blacklist({ priority, maxPages: 50 }).items()) {
      if (entry.company?.id === companyId) return entry.id;
    }
    return undefined;
  }

  /** What the POST's answer means; `undefined`: still pending (send again later). */
  async function post(companyId: number): Promise<Partial<OutboxItem> | undefined> {
    const client = await services.client();
    try {
      const entry = await client.addToBlacklist(companyId, { priority: 'background' });
      return { state: 'done', entryId: entry.id };
    } catch (error) {
      if (!isLeadyError(error)) throw error;
      switch (outcomeOfFailure(error)) {
        case 'retry-later':
          return undefined;
        case 'already-done':
          return { state: 'done' };
        case 'failed':
          return { state: 'failed', error: error.toJSON() };
        case 'unknown': {
          // Leady answered 2xx with a body we could not read: its list says whether it worked.
          // An unreadable list leaves the outcome unknown, which the caller treats as "try again".
          const entryId = await findEntryId(companyId, 'background').catch(() => undefined);
          return entryId === undefined ? undefined : { state: 'done', entryId };
        }
      }
    }
  }

  /** Sends one company's blacklisting if it is still wanted and due. Runs under its company lock. */
  async function send(companyId: number): Promise<void> {
    const now = services.now();
    // Re-read under the lock: it may have been undone or sent since the flush listed it.
    const due = await update(
      (items) => {
        const item = items[companyId];
        if (!item || item.undone || item.state !== 'pending' || (item.sendAfter ?? 0) > now) return false;
        items[companyId] = { ...item, sent: true };
        return true;
      },
      { quiet: true },
    );
    if (!due) return;
    const outcome = await post(companyId);
    if (outcome) {
      const refused = await update((items) => {
        const item = items[companyId];
        if (!item) return undefined;
        items[companyId] = { ...item, ...outcome, sendAfter: undefined };
        return outcome.state === 'failed' && !item.undone ? items[companyId] : undefined;
      });
      if (refused) options.onFailed?.(publicItem(refused));
    }
    await removeIfUndone(companyId);
  }

  /** Sends an owed removal (the item was taken back after it may have reached Leady). Runs under its company lock. */
  async function removeIfUndone(companyId: number): Promise<void> {
    const item = (await read())[companyId];
    if (!item?.undone) return;
    const mayBeInLeady = item.state === 'done' || (item.state === 'pending' && item.sent === true);
    let removed = false;
    if (mayBeInLeady) {
      const entryId = item.entryId ?? (await findEntryId(companyId, 'interactive'));
      if (entryId !== undefined) {
        try {
          await (await services.client()).removeFromBlacklist(entryId, { priority: 'interactive' });
        } catch (error) {
          // Already gone from Leady is what we wanted.
          if (!(error instanceof LeadyError && error.kind === 'not-found')) throw error;
        }
        removed = true;
      }
    }
    const blacklistedAgain = await update((items) => {
      const current = items[companyId];
      if (!current) return false;
      if (current.undone) {
        delete items[companyId];
        return false;
      }
      if (!removed) return false;
      // Blacklisted again while its removal was on its way: Leady no longer has it, so send it anew.
      items[companyId] = {
        ...current,
        state: 'pending',
        entryId: undefined,
        sent: undefined,
        sendAfter: services.now(),
      };
      return true;
    });
    if (blacklistedAgain) options.scheduleFlush?.(services.now());
  }

  /** The next flush: the end of the earliest undo window, or a minute from now for anything overdue. */
  async function scheduleNext(now: number): Promise<void> {
    const later = Object.values(await read()).filter((item) => item.undone || item.state === 'pending');
    const next = Math.min(
      ...later.map((item) =>
        !item.undone && (item.sendAfter ?? 0) > now ? item.sendAfter! : now + RETRY_LATER_MS,
      ),
    );
    if (Number.isFinite(next)) options.scheduleFlush?.(next);
  }

  async function flushOnce(): Promise<void> {
    const now = services.now();
    for (const item of Object.values(await read())) {
      const { companyId } = item;
      if (item.undone) {
        // Offline or throttled: the removal stays owed and is tried again with the next flush.
        await perCompany
          .run(companyId, () => removeIfUndone(companyId))
          .catch(recordFailure('blacklist.remove-undone'));
      } else if (item.state === 'pending' && (item.sendAfter ?? 0) <= now) {
        await perCompany.run(companyId, () => send(companyId));
      }
    }
    await scheduleNext(now);
  }

  return {
    async add(companyId) {
      const company = (await getCompanies(await services.cache(), [companyId])).get(companyId);
      const now = services.now();
      const fresh: OutboxItem = {
        companyId,
        companyName: company?.name ?? `#${companyId}`,
        website: company?.website,
        state: 'pending',
        createdAt: now,
        sendAfter: now + UNDO_WINDOW_MS,
      };
      const item = await update((items) => {
        const existing = items[companyId];
        if (existing?.undone) {
          // Taken back, then blacklisted again before the removal went out: Leady keeps it.
          const { undone: _undone, ...kept } = existing;
          items[companyId] = kept;
          return kept;
        }
        if (existing && existing.state !== 'failed') return existing;
        items[companyId] = fresh;
        return fresh;
      });
      if (item === fresh) options.scheduleFlush?.(fresh.sendAfter!);
      return publicItem(item);
    },

    async undo(companyId) {
      const removalOwed = await update((items) => {
        const item = items[companyId];
        if (item?.undone) return false;
        if (!item) {
          // Only in Leady's list (blacklisted elsewhere or before this install): remove it there.
          items[companyId] = {
            companyId,
            companyName: `#${companyId}`,
            state: 'done',
            createdAt: services.now(),
            undone: true,
          };
          return true;
        }
        if (item.state === 'failed' || (item.state === 'pending' && !item.sent)) {
          // Never reached Leady: forgetting it here is the whole undo.
          delete items[companyId];
          return false;
        }
        items[companyId] = { ...item, undone: true };
        return true;
      });
      if (!removalOwed) return;
      // Its POST is on its way: the removal follows its answer, without keeping the user waiting.
      const postInFlight = perCompany.busy(companyId);
      const removal = perCompany
        .run(companyId, () => removeIfUndone(companyId))
        .catch((error: unknown) => {
          // Offline or throttled: recorded, and the removal is tried again with the next flush.
          recordFailure('blacklist.undo')(error);
          scheduleNext(services.now());
        });
      if (!postInFlight) await removal;
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
      const takenBack = new Set(
        Object.values(local)
          .filter((item) => item.undone)
          .map((item) => item.companyId),
      );
      const pending = shown(local).filter((item) => item.state !== 'done' && !fromLeady.has(item.companyId));
      const confirmed = [...fromLeady.values()].filter((item) => !takenBack.has(item.companyId));
      return [...pending.map(publicItem), ...confirmed].sort((a, b) => b.createdAt - a.createdAt);
    },

    async hiddenIds() {
      return shown(await read())
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

/** The item as other contexts see it, without the outbox's own bookkeeping. */
function publicItem({
  sendAfter: _sendAfter,
  sent: _sent,
  undone: _undone,
  ...item
}: OutboxItem): BlacklistItem {
  return item;
}
