/**
 * The matcher takes shortcuts for speed (hash prefilters, host-equals-key lookups, name lookups
 * from the fold buffer). This test checks on thousands of random, deliberately colliding queries
 * that the shortcuts never change an answer: it compares matchQueries with a plain reference that
 * derives every key with the public key functions and scans all companies.
 */
import { describe, expect, it } from 'vitest';
import { emailDomainKey, icoKey, websiteKey } from '../../lib/matching/company-keys';
import { normalizeCompanyName } from '../../lib/matching/company-name';
import { createMatchIndex } from '../../lib/matching/match-index';
import { matchQueries } from '../../lib/matching/match-queries';
import type { CompanyClues, MatchableCompany, MatchQuery } from '../../lib/matching/types';
import type { Outcome } from './fixtures';

const BASES = [
  'pekarna',
  'stavby',
  'elektro',
  'autoservis',
  'truhlarstvi',
  'zahradnictvi',
  'tiskarna',
  'seznam',
];
const SUFFIXES = ['cz', 'sk', 'co.uk', 'github.io', 'webnode.cz', 'com'];
const NAMES = [
  'Pekárna Novák',
  'Stavby Dvořák',
  'Elektro Černý',
  'Autoservis Kučera',
  'Tiskárna Šimek',
  'Seznam',
  // Connectors, which the key rewrites to '&' ("a" in "Novák a syn", but not in "a.s.")
  'Novák a syn',
  'NOVÁK & SYN',
  'A & B',
  'Spa',
];
const FORMS = ['s.r.o.', ', s. r. o.', 'spol. s r.o.', 'a.s.', '', 'GmbH', 'sro'];
const FREE = ['seznam.cz', 'gmail.com', 'email.cz', 'azet.sk'];
const ICOS = ['45274649', '27082440', '26168685', '47114983', '00177041', '12345678'];

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

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

function randomCompany(random: () => number, id: number): MatchableCompany {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const domain = `${pick(BASES)}${random() < 0.5 ? '' : `-${Math.floor(random() * 6)}`}.${pick(SUFFIXES)}`;
  const company: MatchableCompany = {
    id,
    name: `${pick(NAMES)}${random() < 0.4 ? ` ${Math.floor(random() * 4)}` : ''} ${pick(FORMS)}`,
  };
  if (random() < 0.8)
    company.website = pick([
      `https://www.${domain}/`,
      domain,
      `http://shop.${domain}`,
      `https://www.facebook.com/x${id}`,
    ]);
  const mail = random();
  if (mail < 0.4) company.email = `info@${domain}`;
  else if (mail < 0.6) company.email = `firma${id}@${pick(FREE)}`;
  else if (mail < 0.7) company.email = `obchod@${pick(BASES)}-mail.cz`;
  if (random() < 0.5) company.ico = pick(ICOS);
  return company;
}

/** Clues a page could show for a company: its own data, re-spelled, or noise. */
function randomClues(random: () => number, company: MatchableCompany): CompanyClues {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const clues: CompanyClues = {};
  if (random() < 0.3)
    clues.ico = random() < 0.8 ? (company.ico ?? pick(ICOS)) : pick(ICOS).replace(/(\d{3})(\d{2})/, '$1 $2 ');
  if (random() < 0.5) {
    const site = company.website ?? `${pick(BASES)}.${pick(SUFFIXES)}`;
    clues.website = pick([
      site,
      site.toUpperCase(),
      site.replace('www.', 'eshop.'),
      `${pick(BASES)}.${pick(SUFFIXES)}`,
    ]);
  }
  if (random() < 0.5) {
    const domain = (company.email ?? `x@${pick(BASES)}.${pick(SUFFIXES)}`).split('@')[1]!;
    clues.email = pick([
      `jan@${domain}`,
      `Jan.Novak@${domain.toUpperCase()}`,
      `petr@${pick(FREE)}`,
      `eva@praha.${domain}`,
      // Spellings addressSyntax unwraps, trims or refuses (the matcher rejects some before it).
      `Jan Novák <jan@${domain}>`,
      ` MAILTO:jan@${domain}?subject=Nabídka `,
      `jan@${domain}\u00a0`,
      `jan@${domain} (Jan)`,
      `a/b@${domain}`,
      `${domain}#x@${pick(FREE)}`,
      `jan@${domain} \u00a0`,
      `jan@${domain},eva@${domain}`,
    ]);
  }
  if (random() < 0.6)
    clues.name = pick([company.name, company.name.toUpperCase(), `${pick(NAMES)} ${pick(FORMS)}`]);
  return clues;
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
