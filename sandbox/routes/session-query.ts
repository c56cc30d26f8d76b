/**
 * Selecting the sessions of one resource that pass the filters, newest first. A straight scan over
 * the typed columns: about a millisecond for 100 000 sessions, so no indexes are needed.
 */
import type { SeedData, SessionCriteria } from '../seed/types';
import type { Blacklist } from '../state/blacklist';
import type { SessionFilters } from './session-filters';

function hiddenCompanies(data: SeedData, blacklist: Blacklist): Uint8Array {
  const hidden = new Uint8Array(data.companies.length);
  data.companies.forEach((company, index) => {
    if (blacklist.hasCompany(company.id)) hidden[index] = 1;
  });
  return hidden;
}

function meetsCriteria(data: SeedData, row: number, criteria: SessionCriteria): boolean {
  const t = data.sessions;
  const companyIndex = t.company[row] ?? -1;
  if (criteria.sessionType === 'identified' && companyIndex < 0) return false;
  if (criteria.sessionType === 'unidentified' && companyIndex >= 0) return false;
  if (criteria.actionCountMin !== undefined && (t.actionCount[row] ?? 0) < criteria.actionCountMin)
    return false;
  if (criteria.secondsSpentMin !== undefined && (t.secondsSpent[row] ?? 0) < criteria.secondsSpentMin)
    return false;
  if (criteria.referrerKinds) {
    const kind = data.referrers[t.referrer[row] ?? 0]?.kind;
    if (!kind || !criteria.referrerKinds.includes(kind)) return false;
  }
  if (criteria.companyCountry) {
    if (data.companies[companyIndex]?.global_country !== criteria.companyCountry) return false;
  }
  if (criteria.visitedPageKind) {
    const pages = data.resources[t.resource[row] ?? 0]?.pages ?? [];
    const from = t.actionStart[row] ?? 0;
    const to = from + (t.actionCount[row] ?? 0);
    let visited = false;
    for (let a = from; a < to && !visited; a++)
      visited = pages[t.actionPage[a] ?? 0]?.kind === criteria.visitedPageKind;
    if (!visited) return false;
  }
  return true;
}

/** Session rows (SessionTable indices) of `resourceIndex` that pass `filters`, newest first. */
export function matchingSessionRows(
  data: SeedData,
  blacklist: Blacklist,
  resourceIndex: number,
  filters: SessionFilters,
): number[] {
  const t = data.sessions;
  const hidden = hiddenCompanies(data, blacklist);
  const rows: number[] = [];
  for (let row = t.count - 1; row >= 0; row--) {
    if (t.resource[row] !== resourceIndex) continue;
    const companyIndex = t.company[row] ?? -1;
    if (companyIndex >= 0 && hidden[companyIndex]) continue;
    const start = t.start[row] ?? 0;
    if (filters.periodStart !== undefined && start < filters.periodStart) continue;
    if (filters.periodEnd !== undefined && start > filters.periodEnd) continue;
    const actions = t.actionCount[row] ?? 0;
    if (filters.actionCountMin !== undefined && actions < filters.actionCountMin) continue;
    if (filters.actionCountMax !== undefined && actions > filters.actionCountMax) continue;
    const seconds = t.secondsSpent[row] ?? 0;
    if (filters.secondsSpentMin !== undefined && seconds < filters.secondsSpentMin) continue;
    if (filters.secondsSpentMax !== undefined && seconds > filters.secondsSpentMax) continue;
    if (filters.companyIndex !== undefined && companyIndex !== filters.companyIndex) continue;
    if (filters.sessionType !== undefined && !meetsCriteria(data, row, { sessionType: filters.sessionType }))
      continue;
    if (filters.savedFilter && !meetsCriteria(data, row, filters.savedFilter.criteria)) continue;
    rows.push(row);
  }
  return rows;
}
