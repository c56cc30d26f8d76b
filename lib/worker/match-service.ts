import { type MatchIndex, type MatchQuery, type MatchResult, matchQueries } from '../shared/matching';
import { indexAllCached, indexForQueries, indexPerson } from './cache/match-index-reader';
import type { CompanyRecord, PersonRecord } from './cache/schema';
import { recordFailure } from './diagnostics/failures';
import type { Services } from './services';

interface MatchOutcome {
  results: MatchResult[];
  /**
   * Company records read from the cache to answer (a worker without its full index reads those
   * the queries can reach): what the page shows of them need not be read again.
   */
  companies: ReadonlyMap<number, CompanyRecord>;
}

export interface MatchService {
  /** Matches a page's clues against the cached companies and persons. */
  match(queries: MatchQuery[]): Promise<MatchOutcome>;
  /** Keeps the index in step with the cache (sync, details, eviction). */
  updateCompanies(companies: CompanyRecord[], removedIds?: number[]): void;
  updatePersons(persons: PersonRecord[]): void;
  /** Sign-out: forget everything. */
  reset(): void;
}

/**
 * Pages quiet for this long, the worker builds its full index. Reading every cached company takes
 * the worker's thread and IndexedDB for a while (seconds at 100k on a loaded machine): not while a
 * page waits for its badges.
 */
const BUILD_AFTER_QUIET_MS = 1_000;

/**
 * Matching for the page handlers. A worker that has just started (Chrome stops an idle one after
 * about 30 s, so most CRM page views start one) answers straight from the cache's IndexedDB
 * indexes, reading only what the page's clues can reach; once pages leave it a moment, it builds
 * the in-memory index of every cached company, which then answers, kept in step with the cache.
 */
export function createMatchService(
  services: Services,
  buildAfterQuietMs = BUILD_AFTER_QUIET_MS,
): MatchService {
  /** The build under way or done; it settles to undefined if reading the cache failed. */
  let building: Promise<MatchIndex | undefined> | undefined;
  let built: MatchIndex | undefined;
  let buildTimer: ReturnType<typeof setTimeout> | undefined;

  function buildWhenQuiet(): void {
    if (building) return;
    clearTimeout(buildTimer);
    buildTimer = setTimeout(startBuild, buildAfterQuietMs);
  }

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
        (error: unknown) => {
          // Pages go on being answered from the cache, and the next one starts a build again.
          recordFailure('match.build-index')(error);
          if (building === started) building = undefined;
          return undefined;
        },
      );
    building = started;
  }

  return {
    async match(queries) {
      if (built) return { results: matchQueries(built, queries), companies: new Map() };
      const partial = await indexForQueries(await services.cache(), queries);
      buildWhenQuiet();
      return { results: matchQueries(partial.index, queries), companies: partial.companies };
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
      clearTimeout(buildTimer);
      building = undefined;
      built = undefined;
    },
  };
}
