import type { Session } from '../api';
import { companyRecordFromSession, upsertCompanies } from '../cache/companies';
import type { CacheDb } from '../cache/open';
import type { CompanyRecord, SessionRecord } from '../cache/schema';
import { putSessions, sessionRecord } from '../cache/sessions';

export interface StoredPage {
  /** Companies not cached before. */
  newCompanyIds: number[];
  companies: CompanyRecord[];
  /** The page's sessions as stored (with page views and counts known from earlier). */
  sessions: SessionRecord[];
}

/**
 * Stores one page of sessions and the companies they reference. A company seen in several sessions
 * of the page is written once, with its newest visit. Returns the companies not cached before.
 */
export async function storeSessionsPage(
  db: CacheDb,
  resource: string,
  sessions: Session[],
  now: number,
): Promise<StoredPage> {
  const companies = new Map<number, CompanyRecord>();
  for (const session of sessions) {
    if (!session.company) continue;
    const visitAt = session.last_timestamp ?? session.first_timestamp;
    const known = companies.get(session.company.id);
    if (!known || (visitAt ?? 0) > (known.lastVisitAt ?? 0)) {
      companies.set(session.company.id, companyRecordFromSession(session.company, visitAt, now));
    }
  }
  const records = [...companies.values()];
  const newCompanyIds = await upsertCompanies(db, records);
  const stored = await putSessions(
    db,
    sessions.map((session) => sessionRecord(resource, session)),
  );
  return { newCompanyIds, companies: records, sessions: stored };
}
