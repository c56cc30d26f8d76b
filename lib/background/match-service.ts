import { allCompanies } from '../cache/companies';
import { allPersons } from '../cache/details';
import type { CompanyRecord, PersonRecord } from '../cache/schema';
import {
  createMatchIndex,
  type MatchIndex,
  type MatchQuery,
  type MatchResult,
  matchQueries,
} from '../matching';
import type { Services } from './services';

export interface MatchService {
  /** Matches a page's clues against the cached companies and persons. */
  match(queries: MatchQuery[]): Promise<MatchResult[]>;
  /** Keeps the index in step with the cache (sync, details, eviction). */
  updateCompanies(companies: CompanyRecord[], removedIds?: number[]): void;
  updatePersons(persons: PersonRecord[]): void;
  /** Sign-out: forget everything. */
  reset(): void;
  /** Builds the index now (at worker start), so the first page scan does not wait for it. */
  warm(): Promise<void>;
}

/**
 * The in-memory match index, built once per worker start from the cache (keys and ids only, so
 * 100,000 companies stay well inside the worker's memory budget) and updated incrementally.
 */
export function createMatchService(services: Services): MatchService {
  let index: Promise<MatchIndex> | undefined;

  function load(): Promise<MatchIndex> {
    index ??= (async () => {
      const db = await services.cache();
      const built = createMatchIndex();
      for (const company of await allCompanies(db)) built.addCompany(matchable(company));
      for (const person of await allPersons(db)) addPerson(built, person);
      return built;
    })().catch((error: unknown) => {
      index = undefined;
      throw error;
    });
    return index;
  }

  return {
    async match(queries) {
      return matchQueries(await load(), queries);
    },
    updateCompanies(companies, removedIds = []) {
      // Not built yet: it will read the cache, which already has these changes.
      void index?.then((built) => {
        for (const company of companies) built.addCompany(matchable(company));
        for (const id of removedIds) built.removeCompany(id);
      });
    },
    updatePersons(persons) {
      void index?.then((built) => {
        for (const person of persons) addPerson(built, person);
      });
    },
    reset() {
      index = undefined;
    },
    async warm() {
      await load();
    },
  };
}

function matchable(company: CompanyRecord) {
  return {
    id: company.id,
    name: company.name,
    website: company.website,
    email: company.email,
    ico: company.ico,
  };
}

function addPerson(index: MatchIndex, person: PersonRecord): void {
  if (!person.name && !person.email) return;
  index.addPerson({
    id: person.id,
    companyId: person.companyId,
    name: person.name ?? '',
    email: person.email,
  });
}
