/**
 * The oracle for the matcher's rules: on thousands of random, deliberately colliding queries,
 * matchQueries must answer as a plain reference that derives every key with the public key
 * functions and scans all companies.
 */
import { describe, expect, it } from 'vitest';
import { emailDomainKey, icoKey, websiteKey } from '../../lib/shared/matching/company-keys';
import { normalizeCompanyName } from '../../lib/shared/matching/company-name';
import { createMatchIndex } from '../../lib/shared/matching/match-index';
import { matchQueries } from '../../lib/shared/matching/match-queries';
import type { CompanyClues, MatchableCompany, MatchQuery } from '../../lib/shared/matching/types';
import type { Outcome } from './fixtures';
import { prng, randomClues, randomCompany } from './random-data';

interface ReferenceCompany {
  id: number;
  ico: number;
  website: string | undefined;
  email: string | undefined;
  name: string | undefined;
}

type Kind = 'ico' | 'domain' | 'email-domain' | 'name';
const ORDER: Kind[] = ['ico', 'domain', 'email-domain', 'name'];

/** The documented rules, implemented the slow and obvious way. */
function reference(companies: readonly ReferenceCompany[], clues: CompanyClues): Outcome {
  const query = {
    ico: icoKey(clues.ico),
    domain: websiteKey(clues.website),
    'email-domain': emailDomainKey(clues.email),
    name: normalizeCompanyName(clues.name),
  };
  const has = (kind: Kind, c: ReferenceCompany): boolean => {
    if (kind === 'ico') return query.ico !== 0 && c.ico === query.ico;
    if (kind === 'name') return query.name !== undefined && c.name === query.name;
    const domain = query[kind];
    return domain !== undefined && (c.website === domain || c.email === domain);
  };
  for (let k = 0; k < ORDER.length; k += 1) {
    const via = ORDER[k]!;
    let candidates = companies.filter((c) => has(via, c));
    if (via !== 'ico' && query.ico !== 0)
      candidates = candidates.filter((c) => c.ico === 0 || c.ico === query.ico);
    if (candidates.length === 0) continue;
    for (let w = k + 1; w < ORDER.length && candidates.length > 1; w += 1) {
      const kept = candidates.filter((c) => has(ORDER[w]!, c));
      if (kept.length > 0) candidates = kept;
    }
    const ids = candidates.map((c) => c.id).sort((a, b) => a - b);
    return ids.length === 1
      ? { state: 'matched', companyId: ids[0]!, via }
      : { state: 'ambiguous', companyIds: ids, via };
  }
  return { state: 'none' };
}

describe('matchQueries agrees with a brute-force reference', () => {
  it.each([1, 2, 3, 4, 5])('on random colliding data (seed %d)', (seed) => {
    const random = prng(seed);
    const index = createMatchIndex();
    const live = new Map<number, MatchableCompany>();
    for (let id = 1; id <= 400; id += 1) {
      const company = randomCompany(random, id);
      index.addCompany(company);
      live.set(id, company);
    }
    // Churn: remove some, re-add some with new data.
    for (let step = 0; step < 150; step += 1) {
      const id = 1 + Math.floor(random() * 400);
      if (random() < 0.5) {
        index.removeCompany(id);
        live.delete(id);
      } else {
        const company = randomCompany(random, id);
        index.addCompany(company);
        live.set(id, company);
      }
    }
    const referenceCompanies: ReferenceCompany[] = [...live.values()].map((c) => ({
      id: c.id,
      ico: icoKey(c.ico),
      website: websiteKey(c.website),
      email: emailDomainKey(c.email),
      name: normalizeCompanyName(c.name),
    }));
    const companies = [...live.values()];
    const queries: MatchQuery[] = Array.from({ length: 1500 }, (_, i) => ({
      id: String(i),
      kind: 'company',
      clues: randomClues(random, companies[Math.floor(random() * companies.length)]!),
    }));
    const results = matchQueries(index, queries);
    const states = { matched: 0, ambiguous: 0, none: 0 };
    for (const [i, query] of queries.entries()) {
      const { id: _id, ...actual } = results[i]!;
      expect(actual, JSON.stringify(query.clues)).toEqual(
        reference(referenceCompanies, query.clues as CompanyClues),
      );
      states[actual.state] += 1;
    }
    // The data must exercise every outcome for the comparison to mean something.
    expect(states.matched).toBeGreaterThan(100);
    expect(states.ambiguous).toBeGreaterThan(100);
    expect(states.none).toBeGreaterThan(50);
  });
});
