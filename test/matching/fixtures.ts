/** A small Czech/Slovak index shared by the matcher tests; each company exists for a rule. */
import { createMatchIndex, type MatchIndex } from '../../lib/shared/matching/match-index';
import { matchQueries } from '../../lib/shared/matching/match-queries';
import type {
  CompanyClues,
  MatchableCompany,
  MatchablePerson,
  MatchResult,
  PersonClues,
} from '../../lib/shared/matching/types';

export const COMPANIES: MatchableCompany[] = [
  // IČO, website and e-mail all known
  {
    id: 1,
    name: 'Pekárna Novák, s.r.o.',
    website: 'https://www.pekarna-novak.cz',
    email: 'info@pekarna-novak.cz',
    ico: '45274649',
  },
  // same name key as 1 ("pekarna novak"), other domain
  { id: 2, name: 'PEKÁRNA NOVÁK a.s.', website: 'pekarna-novak.sk' },
  // 3 and 4 share a website; 3 has an IČO, 4 none
  { id: 3, name: 'Stavby Dvořák s.r.o.', website: 'stavby-dvorak.cz', ico: '27082440' },
  { id: 4, name: 'Stavby Dvořák Brno s.r.o.', website: 'http://www.stavby-dvorak.cz/brno' },
  // only a company e-mail
  { id: 5, name: 'Holding Group a.s.', email: 'obchod@holding-group.cz' },
  // 7 and 8 share an IČO (one legal entity, two records)
  { id: 7, name: 'Seznam.cz, a.s.', website: 'https://www.seznam.cz', ico: '26168685' },
  { id: 8, name: 'Seznam datová centra', website: 'datacentra-seznam.cz', ico: '26168685' },
  // free-mail e-mail: no e-mail key
  { id: 9, name: 'Kavárna U Nováků', email: 'kavarna.u.novaku@seznam.cz' },
  // a "website" on a shared platform: no domain key
  { id: 10, name: 'Firma s webem na Facebooku', website: 'https://www.facebook.com/firma10' },
  // internationalised domain
  { id: 11, name: 'Žlutý kůň s.r.o.', website: 'https://žlutý-kůň.cz' },
  // multi-label public suffix and a private (hosting) suffix
  { id: 12, name: 'British Bakery Ltd', website: 'https://www.british-bakery.co.uk' },
  { id: 13, name: 'Pekárna na GitHubu', website: 'https://pekarna.github.io' },
  // Slovak company, e-mail domain differs from website
  {
    id: 14,
    name: 'Mliekareň Ľubovňa, s. r. o.',
    website: 'mliekaren-lubovna.sk',
    email: 'obchod@lubovna.sk',
  },
  // no usable keys at all
  { id: 15, name: 's.r.o.', website: 'javascript:alert(1)', ico: '12345678' },
];

const PERSONS: MatchablePerson[] = [
  { id: 101, companyId: 1, name: 'Ing. Jan Novák', email: 'Jan.Novak@pekarna-novak.cz' },
  { id: 102, companyId: 1, name: 'Petra Nováková', email: 'petra.novakova@gmail.com' },
  { id: 103, companyId: 3, name: 'Jan Novák' },
  { id: 104, companyId: 3, name: 'NOVÁK Jan', email: 'jan2@stavby-dvorak.cz' },
  { id: 105, companyId: 2, name: 'Eva Malá', email: 'eva@pekarna-novak.sk' },
  { id: 107, companyId: 7, name: 'Jana Dvořáková', email: 'recepce@sdilena-recepce.cz' },
  { id: 108, companyId: 8, name: 'Tomáš Dvořák', email: 'recepce@sdilena-recepce.cz' },
  { id: 109, companyId: 4, name: 'Eva Malá' },
];

/** A result without its query id (Omit on the union would drop the variants' own fields). */
export type Outcome = MatchResult extends infer R ? (R extends MatchResult ? Omit<R, 'id'> : never) : never;

export function fixtureIndex(): MatchIndex {
  const index = createMatchIndex();
  for (const company of COMPANIES) index.addCompany(company);
  for (const person of PERSONS) index.addPerson(person);
  return index;
}

export function matchCompany(index: MatchIndex, clues: CompanyClues): Outcome {
  const [result] = matchQueries(index, [{ id: 'q', kind: 'company', clues }]);
  const { id: _id, ...rest } = result!;
  return rest;
}

export function matchPerson(index: MatchIndex, clues: PersonClues): Outcome {
  const [result] = matchQueries(index, [{ id: 'q', kind: 'person', clues }]);
  const { id: _id, ...rest } = result!;
  return rest;
}
