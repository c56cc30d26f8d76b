/**
 * The company rules of lib/shared/matching/resolve-company.ts implemented the plain way, for the matching
 * benchmark's ratio: keys by the public key functions, one Map per key kind, candidate arrays
 * filtered. No run(): bench/run.ts only runs modules that export one.
 */
import { emailDomainKey, icoKey, normalizeCompanyName, websiteKey } from '../lib/shared/matching';
import type { CompanyClues, MatchableCompany, MatchQuery } from '../lib/shared/matching/types';

interface Row {
  id: number;
  ico: number;
  domains: string[];
  name: string | undefined;
}

type Kind = 'ico' | 'domain' | 'email-domain' | 'name';
const ORDER: readonly Kind[] = ['ico', 'domain', 'email-domain', 'name'];

export type Outcome =
  | { state: 'matched'; companyId: number; via: Kind }
  | { state: 'ambiguous'; companyIds: number[]; via: Kind }
  | { state: 'none' };

export function plainReference(companies: readonly MatchableCompany[]): (query: MatchQuery) => Outcome {
  const rows: Row[] = companies.map((company) => ({
    id: company.id,
    ico: icoKey(company.ico),
    domains: [
      ...new Set([websiteKey(company.website), emailDomainKey(company.email)].filter((d) => d !== undefined)),
    ],
    name: normalizeCompanyName(company.name),
  }));
  const byIco = group(rows, (row) => (row.ico ? [row.ico] : []));
  const byDomain = group(rows, (row) => row.domains);
  const byName = group(rows, (row) => (row.name ? [row.name] : []));

  return (query) => {
    const clues = query.clues as CompanyClues;
    const keys = {
      ico: icoKey(clues.ico),
      domain: websiteKey(clues.website),
      'email-domain': emailDomainKey(clues.email),
      name: normalizeCompanyName(clues.name),
    };
    const has = (kind: Kind, row: Row): boolean => {
      if (kind === 'ico') return keys.ico !== 0 && row.ico === keys.ico;
      if (kind === 'name') return keys.name !== undefined && row.name === keys.name;
      const domain = keys[kind];
      return domain !== undefined && row.domains.includes(domain);
    };
    for (let k = 0; k < ORDER.length; k += 1) {
      const via = ORDER[k]!;
      let candidates =
        via === 'ico'
          ? (byIco.get(keys.ico) ?? [])
          : via === 'name'
            ? (byName.get(keys.name ?? '') ?? [])
            : (byDomain.get(keys[via] ?? '') ?? []);
      if (via !== 'ico' && keys.ico !== 0)
        candidates = candidates.filter((row) => row.ico === 0 || row.ico === keys.ico);
      if (candidates.length === 0) continue;
      for (let w = k + 1; w < ORDER.length && candidates.length > 1; w += 1) {
        const kept = candidates.filter((row) => has(ORDER[w]!, row));
        if (kept.length > 0) candidates = kept;
      }
      const ids = candidates.map((row) => row.id).sort((a, b) => a - b);
      return ids.length === 1
        ? { state: 'matched', companyId: ids[0]!, via }
        : { state: 'ambiguous', companyIds: ids, via };
    }
    return { state: 'none' };
  };
}

function group<K>(rows: readonly Row[], keysOf: (row: Row) => K[]): Map<K, Row[]> {
  const map = new Map<K, Row[]>();
  for (const row of rows) {
    for (const key of keysOf(row)) {
      const list = map.get(key);
      if (list) list.push(row);
      else map.set(key, [row]);
    }
  }
  return map;
}
