/**
 * Which indexed person (and company) a page's person clues point to:
 *
 * 1. The person's e-mail, compared exactly (case-insensitively), free-mail included — an address
 *    is personal even at gmail.com. One person: matched via 'person-email'. Several people share
 *    it (a shared "info@" mailbox): the page's person name picks among them if it can; otherwise
 *    a single common company is matched without a person, and different companies are
 *    'ambiguous' via 'person-email'.
 * 2. Otherwise the person's company clues resolve a company (see resolve-company.ts), using the
 *    person's own address as the company's e-mail clue when the company clues have none.
 *    - Matched company: the person name is looked up among that company's people. Exactly one:
 *      matched with personId via 'person-name'. None, or several namesakes: the company match
 *      alone (via its company key, no personId) — we never pick between namesakes.
 *    - Ambiguous companies: the person name narrows them to the candidates that have such a
 *      person. One person left: matched via 'person-name'; one company with several namesakes:
 *      that company via 'person-name' without personId; otherwise still ambiguous.
 *    - No company: none. A name alone is never looked up across all companies.
 */
import type { MatchIndex } from './match-index';
import { normalizePersonName } from './person-name';
import { personAddressKey } from './query-keys';
import { resolveCompany } from './resolve-company';
import type { CompanyClues, MatchKey, MatchResult, PersonClues } from './types';

type Ambiguous = Extract<MatchResult, { state: 'ambiguous' }>;

/**
 * @param companyClues the person's company clues (separate so the caller need not copy `clues`).
 */
export function resolvePerson(
  id: string,
  index: MatchIndex,
  clues: PersonClues | undefined,
  companyClues: CompanyClues | undefined,
): MatchResult {
  // The name key is derived only once there are people to compare it with: most queries have none.
  let nameKey: string | undefined | null = null;
  const personName = (): string | undefined => {
    if (nameKey === null) nameKey = normalizePersonName(clues?.name);
    return nameKey;
  };
  const email = personAddressKey(clues);
  if (email !== undefined) {
    const byEmail = index.personsByEmail(email);
    if (byEmail.length > 0)
      return pickAmong(id, index, byEmail, byEmail.length > 1 ? personName() : undefined, 'person-email');
  }
  const company = resolveCompany(id, index, companyClues, email);
  if (company.state === 'none') return company;
  if (company.state === 'matched') {
    if (index.personsOfCompany(company.companyId).length === 0) return company;
    const key = personName();
    const namesakes = key === undefined ? [] : namesakesIn(index, company.companyId, key);
    if (namesakes.length === 1) {
      return {
        id,
        state: 'matched',
        companyId: company.companyId,
        personId: namesakes[0]!,
        via: 'person-name',
      };
    }
    return company;
  }
  const key = personName();
  return key === undefined ? company : narrowByPerson(index, company, key);
}

/** Picks among people who share an address, by name when that settles it. */
function pickAmong(
  id: string,
  index: MatchIndex,
  personIds: readonly number[],
  nameKey: string | undefined,
  via: MatchKey,
): MatchResult {
  let chosen = personIds;
  if (chosen.length > 1 && nameKey !== undefined) {
    const named = chosen.filter((id) => index.person(id)?.name === nameKey);
    if (named.length > 0) chosen = named;
  }
  const firstCompany = index.person(chosen[0]!)?.companyId;
  if (firstCompany === undefined) return { id, state: 'none' };
  if (chosen.length === 1)
    return { id, state: 'matched', companyId: firstCompany, personId: chosen[0]!, via };
  const companyIds = uniqueCompanies(index, chosen);
  if (companyIds.length === 1) return { id, state: 'matched', companyId: companyIds[0]!, via };
  return { id, state: 'ambiguous', companyIds, via };
}

function narrowByPerson(index: MatchIndex, company: Ambiguous, nameKey: string): MatchResult {
  const people: number[] = [];
  for (const companyId of company.companyIds) people.push(...namesakesIn(index, companyId, nameKey));
  if (people.length === 0) return company;
  if (people.length === 1) {
    const companyId = index.person(people[0]!)?.companyId;
    if (companyId !== undefined) {
      return { id: company.id, state: 'matched', companyId, personId: people[0]!, via: 'person-name' };
    }
  }
  const companyIds = uniqueCompanies(index, people);
  if (companyIds.length === 1)
    return { id: company.id, state: 'matched', companyId: companyIds[0]!, via: 'person-name' };
  return { id: company.id, state: 'ambiguous', companyIds, via: company.via };
}

function namesakesIn(index: MatchIndex, companyId: number, nameKey: string): number[] {
  return index.personsOfCompany(companyId).filter((id) => index.person(id)?.name === nameKey);
}

/** Distinct company ids of these people, ascending. */
function uniqueCompanies(index: MatchIndex, personIds: readonly number[]): number[] {
  const companies = new Set<number>();
  for (const id of personIds) {
    const companyId = index.person(id)?.companyId;
    if (companyId !== undefined) companies.add(companyId);
  }
  return [...companies].sort((a, b) => a - b);
}
