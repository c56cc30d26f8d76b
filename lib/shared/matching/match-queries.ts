/**
 * The background worker's entry point: one batch of page queries in, one result per query out.
 * Queries arrive in a runtime message, so their shape is checked here rather than trusted; a
 * malformed clue counts as absent, and a query without a string id cannot be answered and is
 * skipped. Rules: resolve-company.ts (companies) and resolve-person.ts (persons).
 */
import type { MatchIndex } from './match-index';
import { readQuery } from './query-keys';
import { resolveCompany } from './resolve-company';
import { resolvePerson } from './resolve-person';
import type { MatchQuery, MatchResult } from './types';

export function matchQueries(index: MatchIndex, queries: readonly MatchQuery[]): MatchResult[] {
  if (!Array.isArray(queries)) return [];
  const results: MatchResult[] = [];
  for (const value of queries as readonly unknown[]) {
    const query = readQuery(value);
    if (query === undefined) continue;
    if (query.kind === 'company') results.push(resolveCompany(query.id, index, query.company));
    else if (query.kind === 'person')
      results.push(resolvePerson(query.id, index, query.person, query.company));
    else results.push({ id: query.id, state: 'none' });
  }
  return results;
}
