import { type IDBPDatabase, openDB } from 'idb';
import { CACHE_DB_NAME, type CacheSchema } from './schema';

export type CacheDb = IDBPDatabase<CacheSchema>;

/** Bump with a new `if (oldVersion < N)` step below; never edit a step that has shipped. */
export const CACHE_DB_VERSION = 1;

export function openCache(name: string = CACHE_DB_NAME): Promise<CacheDb> {
  return openDB<CacheSchema>(name, CACHE_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const companies = db.createObjectStore('companies', { keyPath: 'id' });
        companies.createIndex('byDomain', 'domains', { multiEntry: true });
        companies.createIndex('byIco', 'ico');
        companies.createIndex('byNameKey', 'nameKey');
        companies.createIndex('bySeen', 'seenAt');
        db.createObjectStore('companyDetails', { keyPath: 'id' });
        const persons = db.createObjectStore('persons', { keyPath: 'id' });
        persons.createIndex('byCompany', 'companyId');
        persons.createIndex('byEmail', 'emailKey');
        const sessions = db.createObjectStore('sessions', { keyPath: 'key' });
        sessions.createIndex('byResourceTime', ['resource', 'lastAt']);
        sessions.createIndex('byCompanyTime', ['companyId', 'lastAt']);
        db.createObjectStore('syncState', { keyPath: 'resource' });
      }
    },
  });
}
