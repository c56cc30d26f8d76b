/**
 * Builds the whole data set from a seed and a reference instant. Same (seed, now, scale) → same data,
 * byte for byte. `now` sets the timestamps only: which company, page and referrer each session has is
 * the same at any instant (the sessions' times are drawn against the calendar, so not a plain shift).
 */
import { MAGNITUDES, TURNOVERS } from './code-lists';
import { generateCompanies } from './companies';
import { stream } from './prng';
import { SAVED_FILTERS } from './saved-filters';
import { DAY } from './session-times';
import { generateSessions, SESSION_REFERRERS } from './sessions';
import type { SeedData } from './types';
import { SEARCH_QUERIES } from './vocab/referrers';
import { RESOURCES } from './vocab/sites';

export interface SeedOptions {
  seed: number;
  /** Number of sessions. */
  scale: number;
  now: Date;
}

export function createSeedData(options: SeedOptions): SeedData {
  const { companies, persons, hostile, ownCompanyId } = generateCompanies(options.seed);
  const sessions = generateSessions({
    seed: options.seed,
    now: options.now,
    count: options.scale,
    resources: RESOURCES,
    companies,
    hostile,
    ownCompanyId,
  });
  // The account blacklisted its own staff's visits long ago, and a competitor more recently.
  const rng = stream(options.seed, 'blacklist');
  const competitor = companies[rng.int(0, 99)];
  const nowMs = options.now.getTime();
  const initialBlacklist = [{ id: 71, companyId: ownCompanyId, created: new Date(nowMs - 200 * DAY * 1000) }];
  if (competitor && competitor.id !== ownCompanyId) {
    initialBlacklist.push({
      id: 88,
      companyId: competitor.id,
      created: new Date(nowMs - 12 * DAY * 1000 - 5_421_000),
    });
  }
  return {
    seed: options.seed,
    now: options.now,
    resources: RESOURCES,
    companies,
    companyIndexById: new Map(companies.map((company, index) => [company.id, index])),
    persons,
    personById: new Map(persons.map((person) => [person.id, person])),
    referrers: SESSION_REFERRERS,
    queries: SEARCH_QUERIES,
    sessions,
    savedFilters: SAVED_FILTERS,
    turnovers: TURNOVERS,
    magnitudes: MAGNITUDES,
    initialBlacklist,
    hostile,
    ownCompanyId,
  };
}

export type { SeedData } from './types';
