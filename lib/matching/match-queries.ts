/**
 * The background worker's entry point: one batch of page queries in, one result per query out.
 * Queries arrive in a runtime message, so their shape is checked here rather than trusted; a
 * malformed clue counts as absent, and a query without a string id cannot be answered and is
 * skipped. Rules: resolve-company.ts (companies) and resolve-person.ts (persons).
 */
import type { MatchIndex } from './match-index';
import { resolveCompany } from './resolve-company';
import { resolvePerson } from './resolve-person';
import type { CompanyClues, MatchQuery, MatchResult, PersonClues } from './types';

export function matchQueries(index: MatchIndex, queries: readonly MatchQuery[]): MatchResult[] {
  if (!Array.isArray(queries)) return [];
  const results: MatchResult[] = [];
  for (const query of queries as readonly unknown[]) {
    if (!isRecord(query) || typeof query.id !== 'string') continue;
    const clues = isRecord(query.clues) ? query.clues : undefined;
    if (query.kind === 'company')
      results.push(resolveCompany(query.id, index, clues as CompanyClues | undefined));
    else if (query.kind === 'person') {
      const person = clues as PersonClues | undefined;
      const company = isRecord(person?.company) ? (person.company as CompanyClues) : undefined;
      results.push(resolvePerson(query.id, index, person, company));
    } else results.push({ id: query.id, state: 'none' });
  }
  return results;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
