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
 *    not in the index at all). The index applies it as it looks a key up (`icoVeto`), where it
 *    reads the company's IČO beside its key, instead of finding each candidate's IČO by id.
 */
import type { MatchIndex } from './match-index';
import { type CompanyKey, QueryKeys } from './query-keys';
import type { CompanyClues, MatchResult } from './types';

const KEY_ORDER: readonly CompanyKey[] = ['ico', 'domain', 'email-domain', 'name'];

/**
 * @param fallbackAddress an address (as addressSyntax returns it) to use when the clues have no
 *   e-mail: a person's own address says which company they work for, unless it is free-mail.
 */
export function resolveCompany(
  id: string,
  index: MatchIndex,
  clues: CompanyClues | undefined,
  fallbackAddress?: string,
): MatchResult {
  const keys = new QueryKeys(index, clues, fallbackAddress);
  for (let k = 0; k < KEY_ORDER.length; k += 1) {
    const via = KEY_ORDER[k]!;
    const candidates = keys.candidates(via);
    if (candidates.length === 0) continue;
    if (candidates.length === 1) return { id, state: 'matched', companyId: candidates[0]!, via };
    const narrowed = narrow(index, candidates, k, keys);
    if (narrowed.length === 1) return { id, state: 'matched', companyId: narrowed[0]!, via };
    return { id, state: 'ambiguous', companyIds: [...narrowed].sort((a, b) => a - b), via };
  }
  return { id, state: 'none' };
}

/** Applies every clue weaker than KEY_ORDER[via], in order, as a filter that may not empty the set. */
function narrow(index: MatchIndex, ids: readonly number[], via: number, keys: QueryKeys): readonly number[] {
  let remaining = ids;
  for (let k = via + 1; k < KEY_ORDER.length && remaining.length > 1; k += 1) {
    const test = clueTest(index, KEY_ORDER[k]!, keys);
    if (test === undefined) continue;
    const kept = remaining.filter(test);
    if (kept.length > 0) remaining = kept;
  }
  return remaining;
}

/** A filter for one weaker clue, or undefined when the query has no such clue. */
function clueTest(
  index: MatchIndex,
  key: CompanyKey,
  keys: QueryKeys,
): ((id: number) => boolean) | undefined {
  switch (key) {
    case 'domain': {
      const domain = keys.domain;
      return domain === undefined ? undefined : (id) => index.companyHasDomain(id, domain);
    }
    case 'email-domain': {
      const domain = keys.emailDomain;
      return domain === undefined ? undefined : (id) => index.companyHasDomain(id, domain);
    }
    case 'name': {
      const name = keys.name;
      return name === undefined ? undefined : (id) => index.companyHasName(id, name);
    }
    default:
      return undefined;
  }
}
