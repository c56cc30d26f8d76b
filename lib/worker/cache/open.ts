import { type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import { companyKeys, normalizeEmail } from '../../shared/matching';
import { CACHE_DB_NAME, type CacheSchema } from './schema';

export type CacheDb = IDBPDatabase<CacheSchema>;

/** Bump with a new `if (oldVersion < N)` step below; never edit a step that has shipped. */
const CACHE_DB_VERSION = 2;

export function openCache(name: string = CACHE_DB_NAME): Promise<CacheDb> {
  return openDB<CacheSchema>(name, CACHE_DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
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
      // The match index and the cold worker's first answer now read the keys stored with each
      // record instead of deriving them again, so stored keys must be today's: 2 changed how IČO,
      // names and people's addresses are keyed.
      if (oldVersion >= 1 && oldVersion < 2) void rederiveKeys(transaction);
    },
  });
}

/**
 * Stores every company's and person's keys again, derived by today's key functions (inside the
 * upgrade, so nothing reads the cache before it is done). Bump the version with a step calling
 * this whenever a key function changes what it returns.
 */
async function rederiveKeys(
  transaction: IDBPTransaction<CacheSchema, StoreNames<CacheSchema>[], 'versionchange'>,
): Promise<void> {
  let company = await transaction.objectStore('companies').openCursor();
  while (company) {
    await company.update({ ...company.value, ...companyKeys(company.value) });
    company = await company.continue();
  }
  let person = await transaction.objectStore('persons').openCursor();
  while (person) {
    await person.update({ ...person.value, emailKey: normalizeEmail(person.value.email) });
    person = await person.continue();
  }
}
