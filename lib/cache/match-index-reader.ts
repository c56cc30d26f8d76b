/**
 * Match indexes read from the cache, from the keys stored with each record (nothing is derived
 * again): of every cached company and person, or of just what one batch of page queries can reach.
 */
import { createMatchIndex, lookupKeysOf, type MatchIndex, type MatchQuery } from '../matching';
import { allCompanies } from './companies';
import { allPersons, matchablePerson } from './details';
import type { CacheDb } from './open';
import type { PersonRecord } from './schema';

/** Every cached company and person. */
export async function indexAllCached(db: CacheDb): Promise<MatchIndex> {
  const [companies, persons] = await Promise.all([allCompanies(db), allPersons(db)]);
  const index = createMatchIndex();
  for (const company of companies) index.addCompanyKeys(company.id, company);
  for (const person of persons) indexPerson(index, person);
  return index;
}

/**
 * What these queries can reach, from the cache's IndexedDB indexes: the companies having any of
 * the queries' keys, the people with the queries' addresses, and the people of every company
 * found. Every lookup the resolvers make for these queries (a query's own keys, then its
 * candidates' keys and people) finds the same ids here as in the full index, so the answers are
 * the same; reading it costs what the page asks, not what the cache holds.
 */
export async function indexForQueries(db: CacheDb, queries: readonly MatchQuery[]): Promise<MatchIndex> {
  const keys = lookupKeysOf(queries);
  const tx = db.transaction(['companies', 'persons']);
  const companies = tx.objectStore('companies');
  const persons = tx.objectStore('persons');
  const [byIco, byDomain, byName, byAddress] = await Promise.all([
    Promise.all([...keys.icos].map((ico) => companies.index('byIco').getAll(ico))),
    Promise.all([...keys.domains].map((domain) => companies.index('byDomain').getAll(domain))),
    Promise.all([...keys.names].map((name) => companies.index('byNameKey').getAll(name))),
    Promise.all([...keys.addresses].map((address) => persons.index('byEmail').getAll(address))),
  ]);
  const found = [byIco, byDomain, byName].flat(2);
  const index = createMatchIndex();
  for (const company of found) index.addCompanyKeys(company.id, company);
  for (const person of byAddress.flat()) indexPerson(index, person);
  const companyIds = [...new Set(found.map((company) => company.id))];
  const staff = await Promise.all(companyIds.map((id) => persons.index('byCompany').getAll(id)));
  for (const person of staff.flat()) indexPerson(index, person);
  await tx.done;
  return index;
}

/** Adds a cached person (none without a name or an address, who can match nothing). */
export function indexPerson(index: MatchIndex, record: PersonRecord): void {
  const person = matchablePerson(record);
  if (person) index.addPerson(person);
}
