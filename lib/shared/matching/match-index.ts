/**
 * The in-memory index the background worker matches page clues against: Leady's cached companies
 * and their people, reduced to their lookup keys (never the records), in plain Maps keyed by the
 * keys, and updated incrementally as the cache changes.
 *
 * Companies are added with the keys the cache stores beside each record (`domains`, `nameKey`,
 * `ico`, derived by `companyKeys` when stored), so a worker that starts cold indexes what it reads
 * without deriving anything again; `addCompany` derives them for a raw company.
 */
import { type CompanyKeys, companyKeys, icoKey } from './company-keys';
import { normalizeEmail } from './email';
import { normalizePersonName } from './person-name';
import type { MatchableCompany, MatchablePerson } from './types';

/** A company's keys as indexed. */
interface IndexedCompany {
  /** IČO as a number, 0 for none. */
  readonly ico: number;
  /** Registrable domains of its website and non-free e-mail: both are the same evidence. */
  readonly domains: readonly string[];
  readonly name: string | undefined;
}

/** A person as the index keeps it: keys derived once, when stored or indexed. */
interface PersonKeys {
  readonly companyId: number;
  /** normalizePersonName of the person's name. */
  readonly name: string | undefined;
  /** normalizeEmail of the person's address. */
  readonly email: string | undefined;
}

export interface MatchIndex {
  /** Indexes (or re-indexes, replacing the old keys) a company. False if its id is not a finite number. */
  addCompany(company: MatchableCompany): boolean;
  /** addCompany with keys already derived by `companyKeys` (as the cache stores them). */
  addCompanyKeys(id: number, keys: CompanyKeys): boolean;
  /** False if no company had this id. Its people stay indexed: they are separate cache records. */
  removeCompany(id: number): boolean;
  /** Indexes (or re-indexes) a person. False if its id or companyId is not a finite number. */
  addPerson(person: MatchablePerson): boolean;
  /** Indexes a person by keys already derived (a cached person's stored `emailKey`). */
  addPersonKeys(id: number, keys: PersonKeys): boolean;
  removePerson(id: number): boolean;
  /** Number of indexed companies. */
  readonly size: number;
  readonly personCount: number;

  company(id: number): IndexedCompany | undefined;
  companiesByIco(ico: number): readonly number[];
  /** Companies whose website or non-free e-mail has this registrable domain. */
  companiesByDomain(domain: string): readonly number[];
  companiesByName(nameKey: string): readonly number[];
  person(id: number): PersonKeys | undefined;
  /** People with this address (as normalizeEmail gives it). */
  personsByEmail(email: string): readonly number[];
  personsOfCompany(companyId: number): readonly number[];
}

export function createMatchIndex(): MatchIndex {
  return new MapMatchIndex();
}

const NO_IDS: readonly number[] = Object.freeze([]);

class MapMatchIndex implements MatchIndex {
  private readonly companies = new Map<number, IndexedCompany>();
  private readonly byIco = new Map<number, Ids>();
  // One table for website and e-mail domains: "jan@firma.cz" on a page and "https://firma.cz" in
  // Leady's record are the same evidence.
  private readonly byDomain = new Map<string, Ids>();
  private readonly byName = new Map<string, Ids>();

  private readonly persons = new Map<number, PersonKeys>();
  private readonly personsByAddress = new Map<string, Ids>();
  private readonly personsByCompany = new Map<number, Ids>();

  get size(): number {
    return this.companies.size;
  }

  get personCount(): number {
    return this.persons.size;
  }

  addCompany(company: MatchableCompany): boolean {
    return this.addCompanyKeys(company.id, companyKeys(company));
  }

  addCompanyKeys(id: number, keys: CompanyKeys): boolean {
    if (!Number.isFinite(id)) return false;
    this.removeCompany(id);
    const indexed: IndexedCompany = {
      ico: icoKey(keys.ico),
      domains: keys.domains,
      name: keys.nameKey,
    };
    this.companies.set(id, indexed);
    if (indexed.ico !== 0) addTo(this.byIco, indexed.ico, id);
    for (const domain of indexed.domains) addTo(this.byDomain, domain, id);
    if (indexed.name !== undefined) addTo(this.byName, indexed.name, id);
    return true;
  }

  removeCompany(id: number): boolean {
    const indexed = this.companies.get(id);
    if (indexed === undefined) return false;
    this.companies.delete(id);
    removeFrom(this.byIco, indexed.ico, id);
    for (const domain of indexed.domains) removeFrom(this.byDomain, domain, id);
    if (indexed.name !== undefined) removeFrom(this.byName, indexed.name, id);
    return true;
  }

  addPerson(person: MatchablePerson): boolean {
    return this.addPersonKeys(person.id, {
      companyId: person.companyId,
      name: normalizePersonName(person.name),
      email: normalizeEmail(person.email),
    });
  }

  addPersonKeys(id: number, indexed: PersonKeys): boolean {
    if (!Number.isFinite(id) || !Number.isFinite(indexed.companyId)) return false;
    this.removePerson(id);
    this.persons.set(id, indexed);
    if (indexed.email !== undefined) addTo(this.personsByAddress, indexed.email, id);
    addTo(this.personsByCompany, indexed.companyId, id);
    return true;
  }

  removePerson(id: number): boolean {
    const indexed = this.persons.get(id);
    if (indexed === undefined) return false;
    this.persons.delete(id);
    if (indexed.email !== undefined) removeFrom(this.personsByAddress, indexed.email, id);
    removeFrom(this.personsByCompany, indexed.companyId, id);
    return true;
  }

  company(id: number): IndexedCompany | undefined {
    return this.companies.get(id);
  }

  companiesByIco(ico: number): readonly number[] {
    return idsOf(this.byIco.get(ico));
  }

  companiesByDomain(domain: string): readonly number[] {
    return idsOf(this.byDomain.get(domain));
  }

  companiesByName(nameKey: string): readonly number[] {
    return idsOf(this.byName.get(nameKey));
  }

  person(id: number): PersonKeys | undefined {
    return this.persons.get(id);
  }

  personsByEmail(email: string): readonly number[] {
    return idsOf(this.personsByAddress.get(email));
  }

  personsOfCompany(companyId: number): readonly number[] {
    return idsOf(this.personsByCompany.get(companyId));
  }
}

/**
 * A key's ids: one id as a plain number (nearly every key has just one company), several as an
 * array. A Set per key would take about 40 MB more for 100,000 companies.
 */
type Ids = number | number[];

function addTo<K>(table: Map<K, Ids>, key: K, id: number): void {
  const ids = table.get(key);
  if (ids === undefined) table.set(key, id);
  else if (typeof ids === 'number') {
    if (ids !== id) table.set(key, [ids, id]);
  } else if (!ids.includes(id)) ids.push(id);
}

function removeFrom<K>(table: Map<K, Ids>, key: K, id: number): void {
  const ids = table.get(key);
  if (ids === undefined) return;
  if (typeof ids === 'number') {
    if (ids === id) table.delete(key);
    return;
  }
  const kept = ids.filter((other) => other !== id);
  table.set(key, kept.length === 1 ? kept[0]! : kept);
}

function idsOf(ids: Ids | undefined): readonly number[] {
  if (ids === undefined) return NO_IDS;
  return typeof ids === 'number' ? [ids] : ids.slice();
}
