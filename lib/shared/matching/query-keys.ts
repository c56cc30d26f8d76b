/**
 * The keys a query is looked up by, derived once by the same key functions as the index side.
 * The resolvers use them, and so does the cold worker's first answer (lib/worker/cache/match-index-reader.ts),
 * which reads from IndexedDB just the companies and people these keys can reach.
 */
import { emailDomainKey, icoKey, websiteKey } from './company-keys';
import { normalizeCompanyName } from './company-name';
import { addressSyntax } from './email';
import type { CompanyClues, PersonClues } from './types';

/** A query's company keys: absent (undefined, or 0 for the IČO) when its clue gives none. */
export interface CompanyQueryKeys {
  ico: number;
  domain: string | undefined;
  'email-domain': string | undefined;
  name: string | undefined;
}

/**
 * @param fallbackAddress an address to use when the clues have no e-mail: a person's own address
 *   says which company they work for, unless it is free-mail.
 */
export function companyQueryKeys(
  clues: CompanyClues | undefined,
  fallbackAddress?: string,
): CompanyQueryKeys {
  return {
    ico: icoKey(clues?.ico),
    domain: websiteKey(clues?.website),
    'email-domain': emailDomainKey(clues?.email ?? fallbackAddress),
    name: normalizeCompanyName(clues?.name),
  };
}

/**
 * A person's address as the index compares it. Syntax only: the index holds nothing but
 * validated addresses, so equality implies validity.
 */
export function personAddressKey(clues: PersonClues | undefined): string | undefined {
  return addressSyntax(clues?.email);
}

/** Every key a batch of queries can look up, by kind (IČOs as 8 digits, as the cache stores them). */
export interface LookupKeys {
  icos: Set<string>;
  domains: Set<string>;
  names: Set<string>;
  /** Each query's company-name key by query id: a name decides only what the stronger keys left open. */
  nameOf: Map<string, string>;
  addresses: Set<string>;
  /** Whether any query is a person's, whose resolution also reads its company's people. */
  persons: boolean;
}

export function lookupKeysOf(queries: readonly unknown[]): LookupKeys {
  const keys: LookupKeys = {
    icos: new Set(),
    domains: new Set(),
    names: new Set(),
    nameOf: new Map(),
    addresses: new Set(),
    persons: false,
  };
  for (const value of queries) {
    const query = readQuery(value);
    if (query === undefined || query.kind === 'unknown') continue;
    if (query.kind === 'person') keys.persons = true;
    const address = query.kind === 'person' ? personAddressKey(query.person) : undefined;
    if (address !== undefined) keys.addresses.add(address);
    const company = companyQueryKeys(query.company, address);
    if (company.ico !== 0) keys.icos.add(String(company.ico).padStart(8, '0'));
    if (company.domain !== undefined) keys.domains.add(company.domain);
    if (company['email-domain'] !== undefined) keys.domains.add(company['email-domain']);
    if (company.name !== undefined) {
      keys.names.add(company.name);
      keys.nameOf.set(query.id, company.name);
    }
  }
  return keys;
}

/** A query as it arrived in a message: `company` is a company query's clues or a person's company. */
export interface ReadQuery {
  id: string;
  kind: 'company' | 'person' | 'unknown';
  company: CompanyClues | undefined;
  person: PersonClues | undefined;
}

/**
 * Queries arrive in a runtime message, so their shape is checked rather than trusted: a malformed
 * clue counts as absent, and a query without a string id cannot be answered (undefined).
 */
export function readQuery(query: unknown): ReadQuery | undefined {
  if (!isRecord(query) || typeof query.id !== 'string') return undefined;
  const clues = isRecord(query.clues) ? query.clues : undefined;
  if (query.kind === 'company') return { id: query.id, kind: 'company', company: clues, person: undefined };
  if (query.kind === 'person') {
    const company = isRecord(clues?.company) ? clues.company : undefined;
    return { id: query.id, kind: 'person', company, person: clues };
  }
  return { id: query.id, kind: 'unknown', company: undefined, person: undefined };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
