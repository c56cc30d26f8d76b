import { indexAllCached, indexForQueries, indexPerson } from '../cache/match-index-reader';
import type { CompanyRecord, PersonRecord } from '../cache/schema';
import { type MatchIndex, type MatchQuery, type MatchResult, matchQueries } from '../matching';
import type { Services } from './services';

export interface MatchService {
  /** Matches a page's clues against the cached companies and persons. */
  match(queries: MatchQuery[]): Promise<MatchResult[]>;
  /** Keeps the index in step with the cache (sync, details, eviction). */
  updateCompanies(companies: CompanyRecord[], removedIds?: number[]): void;
  updatePersons(persons: PersonRecord[]): void;
  /** Sign-out: forget everything. */
  reset(): void;
}

/**
 * Matching for the page handlers. A worker that has just started (Chrome stops an idle one after
 * about 30 s, so most CRM page views start one) answers straight from the cache's IndexedDB
 * indexes, reading only what the page's clues can reach, and starts building the in-memory index
 * of every cached company. Once built, that index answers, kept in step as the cache changes.
 */
export function createMatchService(services: Services): MatchService {
  /** The build under way or done; it settles to undefined if reading the cache failed. */
  let building: Promise<MatchIndex | undefined> | undefined;
  let built: MatchIndex | undefined;

  function startBuild(): void {
    if (building) return;
    const started: Promise<MatchIndex | undefined> = services
      .cache()
      .then(indexAllCached)
      .then(
        (index) => {
          // Not if the account changed meanwhile: reset() dropped this build.
          if (building === started) built = index;
          return index;
        },
        () => {
          // Pages go on being answered from the cache, and the next one starts a build again.
          if (building === started) building = undefined;
          return undefined;
        },
      );
    building = started;
  }

  return {
    async match(queries) {
      if (built) return matchQueries(built, queries);
      const partial = await indexForQueries(await services.cache(), queries);
      startBuild();
      return matchQueries(partial, queries);
    },
    updateCompanies(companies, removedIds = []) {
      // No build yet: it will read the cache, which already has these changes. One under way:
      // applied once it is done (its read may have missed them).
      void building?.then((index) => {
        for (const company of companies) index?.addCompanyKeys(company.id, company);
        for (const id of removedIds) index?.removeCompany(id);
      });
    },
    updatePersons(persons) {
      void building?.then((index) => {
        if (index) for (const person of persons) indexPerson(index, person);
      });
    },
    reset() {
      building = undefined;
      built = undefined;
    },
  };
}
