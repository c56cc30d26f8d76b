import { readSettings, resourcesItem } from '../../runtime/storage-items';
import { accountItem, newCompaniesItem } from '../account-items';
import { LeadyError } from '../api';
import { DEFAULT_MAX_COMPANIES, evictCompanies } from '../cache/maintenance';
import type { CompanyRecord } from '../cache/schema';
import { getSyncState } from '../cache/sync-state';
import type { Services } from '../services';
import { syncResource } from './sync-resource';

interface SyncSummary {
  resources: number;
  sessions: number;
  newCompanies: number;
}

export interface SyncerOptions {
  maxCompanies?: number;
  /** Companies stored or evicted by a sync (the match index follows). */
  onCompanies?: (stored: CompanyRecord[], evictedIds: number[]) => void;
}

export interface Syncer {
  /** Syncs every tracked website; a call while one runs joins it instead of starting another. */
  syncNow(): Promise<SyncSummary>;
  readonly running: boolean;
}

export function createSyncer(services: Services, options: SyncerOptions = {}): Syncer {
  let current: Promise<SyncSummary> | undefined;

  async function run(): Promise<SyncSummary> {
    const summary: SyncSummary = { resources: 0, sessions: 0, newCompanies: 0 };
    const account = await accountItem.getValue();
    if (account.state !== 'signed-in') return summary;

    services.events.emit({ event: 'sync.changed', running: true });
    try {
      const client = await services.client();
      const db = await services.cache();
      const { syncWindowDays } = await readSettings();
      const resources = [];
      for await (const resource of client.resources({ priority: 'background' }).items())
        resources.push(resource);
      await resourcesItem.setValue(resources.map(({ domain, name }) => ({ domain, name })));

      let firstFailure: { error: unknown } | undefined;
      for (const { domain } of resources) {
        // The first sync of a website brings its whole history: that is not "newly identified".
        const firstSync = (await getSyncState(db, domain)).syncedUntil === undefined;
        try {
          const result = await syncResource(client, db, domain, {
            windowDays: syncWindowDays,
            now: services.now,
            onPage: ({ companies }) => options.onCompanies?.(companies, []),
          });
          summary.resources += 1;
          summary.sessions += result.sessions;
          if (!firstSync) summary.newCompanies += result.newCompanyIds.length;
        } catch (error) {
          // One website's broken answer must not keep the others stale; the account's state does.
          if (stopsEveryWebsite(error)) throw error;
          firstFailure ??= { error };
        }
      }
      if (summary.newCompanies > 0) {
        await newCompaniesItem.setValue((await newCompaniesItem.getValue()) + summary.newCompanies);
      }
      const evicted = await evictCompanies(db, options.maxCompanies ?? DEFAULT_MAX_COMPANIES);
      if (evicted.length) options.onCompanies?.([], evicted);
      if (firstFailure) {
        // The others are stored (open pages refresh); the run still reports the failure.
        if (summary.resources > 0) services.events.emit({ event: 'cache.changed' });
        throw firstFailure.error;
      }
      services.events.emit({ event: 'sync.changed', running: false, lastSuccessAt: services.now() });
      services.events.emit({ event: 'cache.changed' });
      return summary;
    } catch (error) {
      const data =
        error instanceof LeadyError
          ? error.toJSON()
          : { kind: 'malformed' as const, endpoint: 'sync', message: String(error) };
      services.events.emit({ event: 'sync.changed', running: false, error: data });
      throw error;
    }
  }

  return {
    syncNow() {
      current ??= run().finally(() => {
        current = undefined;
      });
      return current;
    },
    get running() {
      return current !== undefined;
    },
  };
}

/**
 * Failures no other website's sync would escape: signed out, token refused, cancelled, offline,
 * or the sessions scope throttled (it is shared by every website).
 */
const STOPS_EVERY_WEBSITE: ReadonlySet<string> = new Set([
  'signed-out',
  'unauthorized',
  'aborted',
  'network',
  'throttled',
]);

function stopsEveryWebsite(error: unknown): boolean {
  return error instanceof LeadyError && STOPS_EVERY_WEBSITE.has(error.kind);
}
