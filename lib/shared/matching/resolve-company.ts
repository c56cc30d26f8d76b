/**
 * Which indexed company a page's company clues point to. The rules (the matcher never guesses):
 *
 * 1. Keys are tried strongest first: IČO > website domain ('domain') > non-free e-mail domain
 *    ('email-domain') > normalised name ('name'). The first key that finds any company decides
 *    the candidate set and `via`.
 * 2. One candidate: matched. A weaker clue that disagrees is ignored — e.g. IČO says A and the
 *    website says B gives A via 'ico' (an IČO identifies a legal entity; a website may be a
 *    group's shared site or a stale record).
 * 3. Several candidates: each weaker clue narrows the set to the candidates that also have it,
 *    unless none has it (a contradicting weaker clue is ignored, it never empties the set). If one
 *    candidate is left it is matched, still `via` the key that found the set (the strongest clue
 *    it satisfies); otherwise the result is 'ambiguous' with the remaining ids, ascending.
 * 4. IČO veto: when the page shows a valid IČO, a company whose own IČO is known and different is
 *    a different legal entity, so a domain or name never selects it (even if the page's IČO is
 *    not in the index at all).
 */
import type { MatchIndex } from './match-index';
import { companyQueryKeys, type CompanyQueryKeys as QueryKeys } from './query-keys';
import type { CompanyClues, MatchResult } from './types';

type CompanyKey = 'ico' | 'domain' | 'email-domain' | 'name';
const KEY_ORDER: readonly CompanyKey[] = ['ico', 'domain', 'email-domain', 'name'];

/**
 * @param fallbackAddress an address to use when the clues have no e-mail: a person's own address
 *   says which company they work for, unless it is free-mail.
 */
export function resolveCompany(
  id: string,
  index: MatchIndex,
  clues: CompanyClues | undefined,
  fallbackAddress?: string,
): MatchResult {
  const keys = companyQueryKeys(clues, fallbackAddress);
  for (let k = 0; k < KEY_ORDER.length; k += 1) {
    const via = KEY_ORDER[k]!;
    const candidates = candidatesOf(index, via, keys);
    if (candidates.length === 0) continue;
    if (candidates.length === 1) return { id, state: 'matched', companyId: candidates[0]!, via };
    const narrowed = narrow(index, candidates, k, keys);
    if (narrowed.length === 1) return { id, state: 'matched', companyId: narrowed[0]!, via };
    return { id, state: 'ambiguous', companyIds: [...narrowed].sort((a, b) => a - b), via };
  }
  return { id, state: 'none' };
}

/** The companies one key finds, less those the page's IČO vetoes (rule 4). */
function candidatesOf(index: MatchIndex, via: CompanyKey, keys: QueryKeys): readonly number[] {
  if (via === 'ico') return keys.ico === 0 ? [] : index.companiesByIco(keys.ico);
  const key = keys[via];
  if (key === undefined) return [];
  const found = via === 'name' ? index.companiesByName(key) : index.companiesByDomain(key);
  if (keys.ico === 0) return found;
  return found.filter((companyId) => {
    const known = index.company(companyId)?.ico ?? 0;
    return known === 0 || known === keys.ico;
  });
}

/** Applies every clue weaker than KEY_ORDER[via], in order, as a filter that may not empty the set. */
function narrow(index: MatchIndex, ids: readonly number[], via: number, keys: QueryKeys): readonly number[] {
  let remaining = ids;
  for (let k = via + 1; k < KEY_ORDER.length && remaining.length > 1; k += 1) {
    const kind = KEY_ORDER[k]!;
    const key = keys[kind];
    if (key === undefined || typeof key === 'number') continue;
    const kept = remaining.filter((companyId) => {
      const company = index.company(companyId);
      return kind === 'name' ? company?.name === key : company?.domains.includes(key) === true;
    });
    if (kept.length > 0) remaining = kept;
  }
  return remaining;
}
