/**
 * Who appears on the demo pages: companies Leady knows (visited the tracked sites in the last 30
 * days, so a sync of any window has them), companies it does not know, the hostile record, and
 * people of known companies. Picked deterministically from the seed data, so the same seed always
 * gives the same pages.
 */
import type { Company, SeedData } from '../seed/types';
import { UNKNOWN_COMPANIES } from './unknown';

/** A company as a CRM shows it. `leadyId` is set for companies Leady knows (for tests and bench). */
export interface DemoCompany {
  name: string;
  website?: string;
  email?: string;
  ico?: string;
  leadyId?: number;
}

export interface DemoPerson {
  name: string;
  email?: string;
  position?: string;
  company: DemoCompany;
  leadyPersonId?: number;
}

export interface DemoCast {
  /** Known companies, most visits first; each has a website. */
  known: DemoCompany[];
  unknown: DemoCompany[];
  hostile: DemoCompany;
  /** People of known companies (their company carries the website). */
  people: DemoPerson[];
}

const DAY_S = 86_400;

function asDemo(company: Company): DemoCompany {
  return {
    name: company.name,
    website: company.website ?? undefined,
    email: company.email ?? undefined,
    ico: company.ico,
    leadyId: company.id,
  };
}

/** Sessions per company index in the last 30 days. */
function recentVisits(data: SeedData): Map<number, number> {
  const { sessions } = data;
  const since = data.now.getTime() / 1000 - 30 * DAY_S;
  const counts = new Map<number, number>();
  for (let i = 0; i < sessions.count; i++) {
    const index = sessions.company[i]!;
    if (index < 0 || sessions.last[i]! < since) continue;
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  return counts;
}

export function demoCast(data: SeedData, knownCount = 12): DemoCast {
  const excluded = new Set<number>([
    ...data.initialBlacklist.map((entry) => entry.companyId),
    ...Object.values(data.hostile),
  ]);
  const visits = recentVisits(data);
  const ranked = [...visits.entries()]
    .map(([index, count]) => ({ company: data.companies[index]!, count }))
    .filter(({ company }) => !excluded.has(company.id) && company.website)
    .sort((a, b) => b.count - a.count || a.company.id - b.company.id)
    .map(({ company }) => company);
  const known = ranked.slice(0, knownCount);
  const people = known.flatMap((company) => {
    const person = company.personIds.map((id) => data.personById.get(id)).find((p) => p !== undefined);
    return person
      ? [
          {
            name: person.name,
            email: person.email ?? undefined,
            position: person.position,
            company: asDemo(company),
            leadyPersonId: person.id,
          },
        ]
      : [];
  });
  const hostileIndex = data.companyIndexById.get(data.hostile.htmlName);
  const hostile = hostileIndex === undefined ? undefined : data.companies[hostileIndex];
  return {
    known: known.map(asDemo),
    unknown: UNKNOWN_COMPANIES.map((company) => ({ ...company })),
    hostile: hostile ? asDemo(hostile) : { name: '<img src=x onerror=alert(1)>' },
    people,
  };
}
