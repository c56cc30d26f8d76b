/** The "Identified companies" list: one row per company, summed over its cached sessions. */

import type { CompanySummary } from '../../shared/popup/types';
import type { CompanyRecord, SessionRecord } from '../cache/schema';
import { UNIDENTIFIED } from '../cache/schema';
import { sessionSeconds } from '../insights/visit-stats';

/** Page views of a session when known: the fetched page views, else the count the list gave. */
export function sessionPages(session: Pick<SessionRecord, 'actions' | 'actionCount'>): number | undefined {
  return session.actions?.length ?? session.actionCount;
}

export function aggregateCompanies(
  sessions: readonly SessionRecord[],
  companies: ReadonlyMap<number, CompanyRecord>,
): CompanySummary[] {
  const byCompany = new Map<number, CompanySummary>();
  for (const session of sessions) {
    if (session.companyId === UNIDENTIFIED) continue;
    const record = companies.get(session.companyId);
    // A session whose company was evicted has nothing to show a name from.
    if (!record) continue;
    let summary = byCompany.get(session.companyId);
    if (!summary) {
      summary = {
        id: record.id,
        name: record.name,
        website: record.website,
        ico: record.ico,
        domains: record.domains,
        visits: 0,
        seconds: 0,
      };
      byCompany.set(record.id, summary);
    }
    summary.visits += 1;
    summary.seconds += sessionSeconds(session);
    const pages = sessionPages(session);
    if (pages !== undefined) summary.pages = (summary.pages ?? 0) + pages;
    const at = session.lastAt ?? session.firstAt;
    if (at !== undefined && at > (summary.lastVisitAt ?? 0)) summary.lastVisitAt = at;
  }
  return [...byCompany.values()];
}
