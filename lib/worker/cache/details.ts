import { companyKeys, normalizeEmail } from '../../shared/matching';
import type { Company, Person } from '../api/schemas';
import type { CacheDb } from './open';
import type { CompanyDetailRecord, PersonRecord } from './schema';

export async function getCompanyDetail(db: CacheDb, id: number): Promise<CompanyDetailRecord | undefined> {
  return db.get('companyDetails', id);
}

/**
 * Stores a company's details and folds what they add for matching (website, e-mail, IČO) into
 * the company record, so the company is found by those keys from now on.
 */
export async function putCompanyDetail(db: CacheDb, detail: Company, now: number): Promise<void> {
  const tx = db.transaction(['companyDetails', 'companies'], 'readwrite');
  const details = tx.objectStore('companyDetails');
  const companies = tx.objectStore('companies');
  const [oldDetail, company] = await Promise.all([details.get(detail.id), companies.get(detail.id)]);
  const writes: Promise<unknown>[] = [
    details.put({ id: detail.id, detail, fetchedAt: now, personsFetchedAt: oldDetail?.personsFetchedAt }),
  ];
  if (company) {
    const updated = {
      ...company,
      name: detail.name,
      website: detail.website ?? company.website,
      email: detail.email ?? company.email,
      ico: detail.ico ?? company.ico,
      contactPersons: detail.contact_persons.length ? detail.contact_persons : company.contactPersons,
      seenAt: now,
    };
    writes.push(companies.put({ ...updated, ...companyKeys(updated) }));
  }
  await Promise.all([...writes, tx.done]);
}

function personRecord(person: Person, companyId: number, now: number): PersonRecord | undefined {
  if (person.id === undefined) return undefined;
  return {
    id: person.id,
    companyId: person.company ?? companyId,
    name: person.name,
    position: person.position,
    email: person.email,
    emailKey: normalizeEmail(person.email),
    phone: person.phone,
    detailUrl: person.detail_url,
    fetchedAt: now,
  };
}

/** Replaces a company's persons with a fresh list. */
export async function putPersons(
  db: CacheDb,
  companyId: number,
  persons: Person[],
  now: number,
): Promise<void> {
  const tx = db.transaction(['persons', 'companyDetails'], 'readwrite');
  const store = tx.objectStore('persons');
  const oldKeys = await store.index('byCompany').getAllKeys(companyId);
  const records = persons.flatMap((person) => personRecord(person, companyId, now) ?? []);
  const detailStore = tx.objectStore('companyDetails');
  const detail = await detailStore.get(companyId);
  await Promise.all([
    ...oldKeys.map((key) => store.delete(key)),
    ...records.map((record) => store.put(record)),
    detail ? detailStore.put({ ...detail, personsFetchedAt: now }) : Promise.resolve(),
    tx.done,
  ]);
}

export function getPersons(db: CacheDb, companyId: number): Promise<PersonRecord[]> {
  return db.getAllFromIndex('persons', 'byCompany', companyId);
}
