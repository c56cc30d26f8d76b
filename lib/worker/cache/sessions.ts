import type { Action, Session } from '../api/schemas';
import type { CacheDb } from './open';
import {
  applyVisitChanges,
  readRecentVisits,
  type SessionsWriteTx,
  type VisitChanges,
} from './recent-visits';
import { type SessionRecord, UNIDENTIFIED } from './schema';

function sessionKey(resource: string, id: number): string {
  return `${resource} ${id}`;
}

export function sessionRecord(resource: string, session: Session): SessionRecord {
  return {
    key: sessionKey(resource, session.id),
    id: session.id,
    resource,
    companyId: session.company?.id ?? UNIDENTIFIED,
    firstAt: session.first_timestamp,
    // The time index needs a value: a session without an end is as old as its start.
    lastAt: session.last_timestamp ?? session.first_timestamp ?? 0,
    referrer: session.referrer,
    searchQuery: session.search_engine_query,
    actionListUrl: session.action_list_url,
    actionCount: session.action_count,
  };
}

/**
 * Stores sessions, keeping page views and counts known from earlier; returns what it stored. The
 * companies' `recentVisits` follow in the same transaction, so a reader never sees one without the other.
 */
export async function putSessions(db: CacheDb, records: SessionRecord[]): Promise<SessionRecord[]> {
  if (records.length === 0) return [];
  const tx = db.transaction(['companies', 'sessions'], 'readwrite');
  const store = tx.objectStore('sessions');
  const old = await Promise.all(records.map((record) => store.get(record.key)));
  const merged = records.map((record, index): SessionRecord => {
    const previous = old[index];
    return previous?.actions
      ? { ...record, actions: previous.actions, actionCount: previous.actions.length }
      : { ...record, actionCount: record.actionCount ?? previous?.actionCount };
  });
  const changes = visitChangesOf(old, merged);
  await Promise.all([
    ...merged.map((record) => store.put(record)),
    // Queued after the puts: a list read again from the index sees them.
    ...[...changes].map(([companyId, change]) => updateRecentVisits(tx, companyId, change)),
    tx.done,
  ]);
  return merged;
}

/** Per company, the end times these writes remove and add (the same session twice: the last wins). */
function visitChangesOf(
  old: (SessionRecord | undefined)[],
  stored: SessionRecord[],
): Map<number, VisitChanges> {
  const changes = new Map<number, VisitChanges>();
  const change = (companyId: number) => {
    const entry = changes.get(companyId) ?? { removed: [], added: [] };
    changes.set(companyId, entry);
    return entry;
  };
  const current = new Map<string, SessionRecord | undefined>();
  stored.forEach((record, index) => {
    const previous = current.has(record.key) ? current.get(record.key) : old[index];
    current.set(record.key, record);
    if (previous?.companyId === record.companyId && previous.lastAt === record.lastAt) return;
    if (previous?.lastAt !== undefined && previous.companyId !== UNIDENTIFIED)
      change(previous.companyId).removed.push(previous.lastAt);
    if (record.lastAt !== undefined && record.companyId !== UNIDENTIFIED)
      change(record.companyId).added.push(record.lastAt);
  });
  return changes;
}

async function updateRecentVisits(
  tx: SessionsWriteTx,
  companyId: number,
  changes: VisitChanges,
): Promise<void> {
  const companies = tx.objectStore('companies');
  const company = await companies.get(companyId);
  if (!company) return;
  const recentVisits =
    applyVisitChanges(company.recentVisits, changes) ?? (await readRecentVisits(tx, companyId));
  await companies.put({ ...company, recentVisits });
}

export async function setSessionActions(db: CacheDb, key: string, actions: Action[]): Promise<void> {
  const tx = db.transaction('sessions', 'readwrite');
  const record = await tx.store.get(key);
  if (record) await tx.store.put({ ...record, actions, actionCount: actions.length });
  await tx.done;
}

export function getSession(db: CacheDb, key: string): Promise<SessionRecord | undefined> {
  return db.get('sessions', key);
}

export interface SessionQuery {
  /** Only sessions that ended at or after this instant. */
  since?: number;
  /** Only sessions that ended before this instant (for "load more"). */
  before?: number;
  limit: number;
  onlyIdentified?: boolean;
  minPages?: number;
  /** Companies to leave out (blacklisted). */
  excludeCompanies?: ReadonlySet<number>;
}

/** A resource's cached sessions, newest first. */
export async function querySessions(
  db: CacheDb,
  resource: string,
  query: SessionQuery,
): Promise<SessionRecord[]> {
  const range = IDBKeyRange.bound(
    [resource, query.since ?? 0],
    [resource, query.before ?? Number.MAX_SAFE_INTEGER],
    false,
    query.before !== undefined,
  );
  const results: SessionRecord[] = [];
  let cursor = await db.transaction('sessions').store.index('byResourceTime').openCursor(range, 'prev');
  while (cursor && results.length < query.limit) {
    const session = cursor.value;
    if (matchesQuery(session, query)) results.push(session);
    cursor = await cursor.continue();
  }
  return results;
}

function matchesQuery(session: SessionRecord, query: SessionQuery): boolean {
  if (query.onlyIdentified && session.companyId === UNIDENTIFIED) return false;
  if (query.excludeCompanies?.has(session.companyId)) return false;
  if (query.minPages && (session.actionCount ?? 0) < query.minPages) return false;
  return true;
}

/** One company's sessions since an instant, newest first (for its card and its detail). */
export function companySessions(db: CacheDb, companyId: number, since = 0): Promise<SessionRecord[]> {
  const range = IDBKeyRange.bound([companyId, since], [companyId, Number.MAX_SAFE_INTEGER]);
  return db.getAllFromIndex('sessions', 'byCompanyTime', range).then((sessions) => sessions.reverse());
}
