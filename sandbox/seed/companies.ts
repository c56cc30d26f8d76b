/**
 * The companies Leady identified among the visitors (about 300, 15 % Slovak), their persons, the
 * account owner's own company and the hostile records. Ids grow in random steps like real database
 * ids, so clients cannot rely on them being dense.
 */
import type { CountryCode } from './code-lists';
import { randomCompanyName } from './company-names';
import { randomCompanySize } from './company-size';
import { randomWebPresence } from './company-web';
import { HOSTILE_COMPANIES } from './hostile';
import { randomIco } from './ico';
import { generatePersons } from './persons';
import { randomLandline, randomMobile } from './phones';
import { type Rng, stream } from './prng';
import { secureToken } from './secure-token';
import type { Company, HostileIds, Person } from './types';
import { CZECH_PLACES, CZECH_STREETS, type Place, SLOVAK_PLACES, SLOVAK_STREETS } from './vocab/places';

const REGULAR_COMPANY_COUNT = 300;
const SLOVAK_SHARE = 0.15;

export interface CompanySet {
  companies: Company[];
  persons: Person[];
  hostile: HostileIds;
  ownCompanyId: number;
}

function streetAddress(rng: Rng, country: CountryCode): string {
  const street = rng.pick(country === 'SK' ? SLOVAK_STREETS : CZECH_STREETS);
  // Czech addresses often carry both the land-registry and the street number ("1234/5").
  return rng.chance(0.5) ? `${street} ${rng.int(1, 2999)}/${rng.int(1, 60)}` : `${street} ${rng.int(1, 199)}`;
}

function phonesFor(rng: Rng, country: CountryCode, place: Place): string[] {
  const count = rng.weighted([
    [0, 15],
    [1, 50],
    [2, 28],
    [3, 7],
  ] as const);
  const phones: string[] = [];
  for (let i = 0; i < count; i++) {
    phones.push(
      i === 0 && rng.chance(0.5) ? randomLandline(rng, country, place.landline) : randomMobile(rng, country),
    );
  }
  return phones;
}

interface Counters {
  nextCompanyId: () => number;
  nextPersonId: () => number;
}

function counters(rng: Rng): Counters {
  let companyId = 104_000 + rng.int(0, 999);
  let personId = 880_000 + rng.int(0, 999);
  return {
    nextCompanyId: () => {
      companyId += rng.int(1, 97);
      return companyId;
    },
    nextPersonId: () => {
      personId += rng.int(1, 13);
      return personId;
    },
  };
}

function regularCompany(
  seed: number,
  rng: Rng,
  ids: Counters,
  taken: Set<string>,
  persons: Person[],
): Company {
  const country: CountryCode = rng.chance(SLOVAK_SHARE) ? 'SK' : 'CZ';
  const place = rng.pick(country === 'SK' ? SLOVAK_PLACES : CZECH_PLACES);
  const { base, name, form } = randomCompanyName(rng, country, place, taken);
  const web = randomWebPresence(rng, base, country);
  const id = ids.nextCompanyId();
  const personCount = rng.weighted([
    [0, 10],
    [1, 35],
    [2, 30],
    [3, 15],
    [4, 10],
  ] as const);
  const own = generatePersons(rng, {
    seed,
    companyId: id,
    country,
    positionsKey: form.positions,
    mailDomain: web.mailDomain,
    count: personCount,
    nextId: ids.nextPersonId,
  });
  persons.push(...own);
  const hasAddress = rng.chance(0.95);
  return {
    id,
    name,
    ico: randomIco(rng),
    ...randomCompanySize(rng, country),
    email: web.email,
    website: web.website,
    phones: phonesFor(rng, country, place),
    address: hasAddress ? streetAddress(rng, country) : null,
    city: place.city,
    region: place.region,
    global_country: country,
    zipcode: hasAddress ? place.zipcode : null,
    contact_persons: own.map((p) => p.name),
    territory: place.region,
    secureToken: secureToken(seed, 'company', id),
    personIds: own.map((p) => p.id),
  };
}

function ownCompany(seed: number, rng: Rng, ids: Counters, persons: Person[]): Company {
  const id = ids.nextCompanyId();
  const staff = generatePersons(rng, {
    seed,
    companyId: id,
    country: 'CZ',
    positionsKey: 'sro',
    mailDomain: 'techmont.cz',
    count: 3,
    nextId: ids.nextPersonId,
  });
  persons.push(...staff);
  return {
    id,
    name: 'Techmont s.r.o.',
    ico: randomIco(rng),
    turnover: '50 – 100 mil. Kč',
    turnover_numeric: 72_400_000,
    magnitude: '25 – 49 zaměstnanců',
    email: 'info@techmont.cz',
    website: 'https://www.techmont.cz',
    phones: ['+420 530 331 200'],
    address: 'Vídeňská 1398/124',
    city: 'Brno',
    region: 'Jihomoravský kraj',
    global_country: 'CZ',
    zipcode: '619 00',
    contact_persons: staff.map((p) => p.name),
    territory: 'Jihomoravský kraj',
    secureToken: secureToken(seed, 'company', id),
    personIds: staff.map((p) => p.id),
  };
}

export function generateCompanies(seed: number): CompanySet {
  const rng = stream(seed, 'companies');
  const ids = counters(rng);
  const taken = new Set<string>();
  const companies: Company[] = [];
  const persons: Person[] = [];
  const ownAt = rng.int(20, REGULAR_COMPANY_COUNT - 20);
  let ownCompanyId = 0;
  for (let i = 0; i < REGULAR_COMPANY_COUNT; i++) {
    if (i === ownAt) {
      const own = ownCompany(seed, rng, ids, persons);
      ownCompanyId = own.id;
      companies.push(own);
    }
    companies.push(regularCompany(seed, rng, ids, taken, persons));
  }
  const hostile: Partial<HostileIds> = {};
  for (const spec of HOSTILE_COMPANIES) {
    const id = ids.nextCompanyId();
    const size = randomCompanySize(rng, spec.country);
    hostile[spec.key] = id;
    // Persons carry the same hostile names, so person views are exercised too.
    const people: Person[] = spec.contactPersons.map((name, index) => {
      const personId = ids.nextPersonId();
      return {
        id: personId,
        name,
        position: index === 0 ? 'jednatel' : 'prokurista',
        email: spec.email,
        phone: null,
        companyId: id,
        secureToken: secureToken(seed, 'person', personId),
      };
    });
    persons.push(...people);
    companies.push({
      id,
      name: spec.name,
      ico: randomIco(rng),
      ...size,
      email: spec.email,
      website: spec.website,
      phones: [randomMobile(rng, spec.country)],
      address: spec.address,
      city: 'Praha',
      region: 'Hlavní město Praha',
      global_country: spec.country,
      zipcode: '120 00',
      contact_persons: people.map((p) => p.name),
      territory: 'Hlavní město Praha',
      secureToken: secureToken(seed, 'company', id),
      personIds: people.map((p) => p.id),
    });
  }
  return { companies, persons, hostile: hostile as HostileIds, ownCompanyId };
}
