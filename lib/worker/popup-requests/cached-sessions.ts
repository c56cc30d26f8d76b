import { readSettings, resourcesItem } from '../../runtime/storage-items';
import type { PopupMessages } from '../../shared/messaging/protocol/popup';
import { pickResource } from '../../shared/popup/pick-resource';
import type { SessionsPage } from '../../shared/popup/types';
import { getCompanies } from '../cache/companies';
import { querySessions } from '../cache/sessions';
import { getSyncState } from '../cache/sync-state';
import type { Services } from '../services';
import { sessionRow } from './session-rows';

/**
 * Rows per page: a screenful and more. The first list is judged by its speed, and the API's page
 * (50) replaces it within a second anyway.
 */
const CACHE_PAGE_SIZE = 30;

type Request = PopupMessages['popup.sessions.cached']['request'];

/**
 * The first thing the popup shows: a resource's cached sessions. IndexedDB only, no network, so it
 * answers in milliseconds even offline or throttled.
 */
export async function cachedSessions(services: Services, request: Request): Promise<SessionsPage> {
  const resource = request.resource ?? (await shownResource());
  if (resource === undefined) return { rows: [], source: 'cache', next: null, hasMore: false };
  const db = await services.cache();
  // One extra row tells whether there is a next page.
  const records = await querySessions(db, resource, {
    since: request.since,
    before: request.before,
    limit: CACHE_PAGE_SIZE + 1,
    onlyIdentified: request.onlyIdentified,
    minPages: request.minPages,
    excludeCompanies: new Set(request.excludeCompanies),
  });
  const page = records.slice(0, CACHE_PAGE_SIZE);
  const companies = await getCompanies(db, [...new Set(page.map((session) => session.companyId))]);
  const last = page.at(-1);
  return {
    resource,
    rows: page.map((session) => sessionRow(session, companies.get(session.companyId))),
    source: 'cache',
    next: null,
    // Sessions ending in the same millisecond as the last row would be skipped; Leady's timestamps
    // have second precision per visitor, so two visits ending together on one site are rare enough.
    before: last?.lastAt,
    hasMore: records.length > CACHE_PAGE_SIZE && last?.lastAt !== undefined,
    updatedAt: (await getSyncState(db, resource)).lastSuccessAt,
  };
}

/** The tracked website the popup shows (the same choice the popup makes from the same storage). */
async function shownResource(): Promise<string | undefined> {
  const [settings, resources] = await Promise.all([readSettings(), resourcesItem.getValue()]);
  return pickResource(resources, settings.resourceDomain);
}
