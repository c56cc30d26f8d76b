/**
 * Match indexes read from the cache, from the keys stored with each record (nothing is derived
 * again but a person's folded name, which is not stored): of every cached company and person, or of
 * just what one batch of page queries can reach.
 */
import {
  createMatchIndex,
  lookupKeysOf,
  type MatchIndex,
  type MatchQuery,
  matchQueries,
  readQuery,
} from '../../shared/matching';
import { normalizePersonName } from '../../shared/matching/person-name';
import type { CacheDb } from './open';
import type { CacheSchema, CompanyRecord, PersonRecord } from './schema';

/**
 * Records read per request when indexing the whole cache: between two reads the worker answers
 * what came meanwhile (a page's match), instead of waiting for all 100,000 to be deserialised.
 */
const CHUNK = 2_000;

/** Every cached company and person, read a chunk at a time. */
export async function indexAllCached(db: CacheDb): Promise<MatchIndex> {
  const index = createMatchIndex();
  await forEachChunk(db, 'companies', (company) => index.addCompanyKeys(company.id, company));
  await forEachChunk(db, 'persons', (person) => indexPerson(index, person));
  return index;
}

async function forEachChunk<Store extends 'companies' | 'persons'>(
  db: CacheDb,
  store: Store,
  each: (record: CacheSchema[Store]['value']) => void,
): Promise<void> {
  let range: IDBKeyRange | undefined;
  for (;;) {
    const records = await db.getAll(store, range, CHUNK);
    for (const record of records) each(record);
    if (records.length < CHUNK) return;
    range = IDBKeyRange.lowerBound(records[records.length - 1]!.id, true);
  }
}

/** A batch's index, with the company records read to build it (the badges' summaries need them too). */
export interface QueriesIndex {
  index: MatchIndex;
  companies: ReadonlyMap<number, CompanyRecord>;
}

/**
 * What these queries can reach, from the cache's IndexedDB indexes, so that every lookup the
 * resolvers make for them finds the same ids here as in the full index (the answers are the same)
 * while reading costs what the page asks, not what the cache holds:
 * 1. the companies with the queries' IČOs and domains, and the people with their addresses;
 * 2. the companies with the names of the queries those found nothing for: a name decides only
 *    there (elsewhere the candidates' own records, already read, are all a name is checked on),
 *    and a company a name finds that also has a stronger key was found in step 1 already;
 * 3. for a batch with person queries, the people of every company found.
 */
export async function indexForQueries(db: CacheDb, queries: readonly MatchQuery[]): Promise<QueriesIndex> {
  const keys = lookupKeysOf(queries);
  const index = createMatchIndex();
  const companies = new Map<number, CompanyRecord>();
  const addCompanies = (records: CompanyRecord[][]) => {
    for (const record of records.flat()) {
      index.addCompanyKeys(record.id, record);
      companies.set(record.id, record);
    }
  };

  let tx = db.transaction(['companies', 'persons']);
  const [byIco, byDomain, byAddress] = await Promise.all([
    Promise.all([...keys.icos].map((ico) => tx.objectStore('companies').index('byIco').getAll(ico))),
    Promise.all(
      [...keys.domains].map((domain) => tx.objectStore('companies').index('byDomain').getAll(domain)),
    ),
    Promise.all(
      [...keys.addresses].map((address) => tx.objectStore('persons').index('byEmail').getAll(address)),
    ),
  ]);
  addCompanies([...byIco, ...byDomain]);
  for (const person of byAddress.flat()) indexPerson(index, person);

  const names = new Set(
    matchQueries(index, queries.map(withoutCompanyName)).flatMap((result) => {
      const name = result.state === 'none' ? keys.nameOf.get(result.id) : undefined;
      return name === undefined ? [] : [name];
    }),
  );
  tx = db.transaction(['companies', 'persons']);
  addCompanies(
    await Promise.all([...names].map((name) => tx.objectStore('companies').index('byNameKey').getAll(name))),
  );
  if (keys.persons) {
    const staff = await Promise.all(
      [...companies.keys()].map((id) => tx.objectStore('persons').index('byCompany').getAll(id)),
    );
    for (const person of staff.flat()) indexPerson(index, person);
  }
  return { index, companies };
}

/** The query without its company name: what its stronger keys alone decide. */
function withoutCompanyName(query: unknown): MatchQuery {
  const read = readQuery(query);
  if (read === undefined) return query as MatchQuery;
  const company = { ...read.company, name: undefined };
  return read.kind === 'person'
    ? { id: read.id, kind: 'person', clues: { ...read.person, company } }
    : ({ id: read.id, kind: read.kind, clues: company } as MatchQuery);
}

/**
 * Adds a cached person by its stored keys (none without a name or an address, who can match nothing):
 * its address key was derived when it was stored, only the name is folded here.
 */
export function indexPerson(index: MatchIndex, record: PersonRecord): void {
  if (!record.name && !record.email) return;
  index.addPersonKeys(record.id, {
    companyId: record.companyId,
    name: normalizePersonName(record.name ?? ''),
    email: record.emailKey,
  });
}
