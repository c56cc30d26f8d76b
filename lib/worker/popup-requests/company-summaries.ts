import type { CompanySummary } from '../../shared/popup/types';
import { getCompanies } from '../cache/companies';
import { UNIDENTIFIED } from '../cache/schema';
import type { Services } from '../services';
import { aggregateCompanies } from './aggregate';

/**
 * The identified companies of a resource, over everything cached (the sync window). One indexed
 * read of the resource's sessions: `getAll` is far faster than walking a cursor row by row.
 */
export async function companySummaries(
  services: Services,
  resource: string,
  exclude: readonly number[] = [],
): Promise<CompanySummary[]> {
  const db = await services.cache();
  const range = IDBKeyRange.bound([resource, 0], [resource, Number.MAX_SAFE_INTEGER]);
  const excluded = new Set(exclude);
  const sessions = (await db.getAllFromIndex('sessions', 'byResourceTime', range)).filter(
    (session) => session.companyId !== UNIDENTIFIED && !excluded.has(session.companyId),
  );
  const companies = await getCompanies(db, [...new Set(sessions.map((session) => session.companyId))]);
  return aggregateCompanies(sessions, companies);
}
