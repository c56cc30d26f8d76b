import type { CacheDb } from './open';
import type { SyncStateRecord } from './schema';

export async function getSyncState(db: CacheDb, resource: string): Promise<SyncStateRecord> {
  return (await db.get('syncState', resource)) ?? { resource };
}

export async function putSyncState(db: CacheDb, state: SyncStateRecord): Promise<void> {
  await db.put('syncState', state);
}

export function allSyncStates(db: CacheDb): Promise<SyncStateRecord[]> {
  return db.getAll('syncState');
}
