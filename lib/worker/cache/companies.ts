import { companyKeys } from '../../shared/matching';
import type { SessionCompany } from '../api/schemas';
import type { CacheDb } from './open';
import { readRecentVisits } from './recent-visits';
import type { CompanyRecord } from './schema';

/** The company summary a session carries, as a cache record. */
export function companyRecordFromSession(company: SessionCompany, visitAt: number | undefined, now: number) {
  const record: CompanyRecord = {
    id: company.id,
    name: company.name,
    website: company.website,
    email: company.email,
    territory: company.territory,
    contactPersons: company.contact_persons,
    detailUrl: company.detail_url,
    lastVisitAt: visitAt,
    seenAt: now,
    ...companyKeys(company),
  };
  return record;
}

/**
 * Stores company records, keeping what an older record knew that the new one lacks (an IČO from
 * the details, a newer last visit). Returns the ids that were not cached before.
 */
export async function upsertCompanies(db: CacheDb, records: CompanyRecord[]): Promise<number[]> {
  if (records.length === 0) return [];
  const tx = db.transaction('companies', 'readwrite');
  const added: number[] = [];
  const existing = await Promise.all(records.map((record) => tx.store.get(record.id)));
  const writes = records.map((record, index) => {
    const old = existing[index];
    if (!old) added.push(record.id);
    return tx.store.put(mergeCompany(old, record));
  });
  await Promise.all([...writes, tx.done]);
  return added;
}

function mergeCompany(old: CompanyRecord | undefined, next: CompanyRecord): CompanyRecord {
  if (!old) return next;
  const merged: CompanyRecord = {
    ...old,
    ...definedOnly(next),
    ico: next.ico ?? old.ico,
    lastVisitAt: Math.max(old.lastVisitAt ?? 0, next.lastVisitAt ?? 0) || undefined,
    seenAt: Math.max(old.seenAt, next.seenAt),
  };
  return { ...merged, ...companyKeys(merged) };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export async function getCompanies(db: CacheDb, ids: number[]): Promise<Map<number, CompanyRecord>> {
  const tx = db.transaction('companies');
  const records = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  const byId = new Map<number, CompanyRecord>();
  for (const record of records) if (record) byId.set(record.id, record);
  return byId;
}

/**
 * Marks companies as just seen (matched on a page), so eviction keeps the ones in use. A record
 * written before `recentVisits` existed gets its list here, once: the companies users look at are
 * the ones whose badges a cold worker must show without counting sessions, and this write happens
 * anyway, after the page has its answer.
 */
export async function touchCompanies(db: CacheDb, ids: number[], now: number): Promise<void> {
  if (ids.length === 0) return;
  const tx = db.transaction(['companies', 'sessions'], 'readwrite');
  const store = tx.objectStore('companies');
  await Promise.all([
    ...ids.map(async (id) => {
      const record = await store.get(id);
      if (!record || (record.seenAt >= now && record.recentVisits)) return;
      const recentVisits = record.recentVisits ?? (await readRecentVisits(tx, id));
      await store.put({ ...record, seenAt: Math.max(record.seenAt, now), recentVisits });
    }),
    tx.done,
  ]);
}
