import type { CacheDb } from './open';

export const DEFAULT_MAX_COMPANIES = 100_000;

/**
 * Keeps the cache bounded: beyond `maxCompanies`, the least recently seen companies go, with their
 * details, persons and sessions. Returns the evicted ids (the match index drops them too).
 */
export async function evictCompanies(db: CacheDb, maxCompanies: number): Promise<number[]> {
  const excess = (await db.count('companies')) - maxCompanies;
  if (excess <= 0) return [];
  const tx = db.transaction(['companies', 'companyDetails', 'persons', 'sessions'], 'readwrite');
  const ids: number[] = [];
  let cursor = await tx.objectStore('companies').index('bySeen').openKeyCursor();
  while (cursor && ids.length < excess) {
    ids.push(cursor.primaryKey);
    cursor = await cursor.continue();
  }
  const persons = tx.objectStore('persons');
  const sessions = tx.objectStore('sessions');
  for (const id of ids) {
    tx.objectStore('companies').delete(id);
    tx.objectStore('companyDetails').delete(id);
    for (const key of await persons.index('byCompany').getAllKeys(id)) persons.delete(key);
    const range = IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);
    for (const key of await sessions.index('byCompanyTime').getAllKeys(range)) sessions.delete(key);
  }
  await tx.done;
  return ids;
}

/** Sign-out: nothing of the account stays behind. */
export async function clearCache(db: CacheDb): Promise<void> {
  const stores = ['companies', 'companyDetails', 'persons', 'sessions', 'syncState'] as const;
  const tx = db.transaction([...stores], 'readwrite');
  await Promise.all([...stores.map((name) => tx.objectStore(name).clear()), tx.done]);
}
