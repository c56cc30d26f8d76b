import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openCache } from '../../lib/worker/cache/open';

describe('cache migrations', () => {
  it('re-derives the stored lookup keys of a version-1 cache, which the match index now reads as stored', async () => {
    const name = 'test-cache-migration-v1';
    // A cache as version 1 stored it: keys derived by that version's functions.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
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
      },
    });
    await v1.put('companies', {
      id: 7,
      name: 'Pekárna Novák, s.r.o.',
      website: 'https://www.pekarna-novak.cz/',
      email: 'obchod@novak-pekarna.cz',
      ico: 'IČ: 452 74 649',
      contactPersons: [],
      domains: ['stale.cz'],
      nameKey: 'stale',
      seenAt: 1,
    });
    v1.close();

    const db = await openCache(name);
    const record = await db.get('companies', 7);
    db.close();
    expect(record).toMatchObject({
      name: 'Pekárna Novák, s.r.o.',
      domains: ['pekarna-novak.cz', 'novak-pekarna.cz'],
      nameKey: 'pekarna novak',
      ico: '45274649',
      seenAt: 1,
    });
  });
});
