/** JSON representations of records, field for field as the contract lists them. */

import type { Company, Person, Resource, SeedData } from '../seed/types';
import { ACTION_FLAG_NO_TITLE, ACTION_FLAG_UTM } from '../seed/types';
import type { BlacklistEntry } from '../state/blacklist';
import {
  actionListUrl,
  companyDetailUrl,
  isoTime,
  personDetailUrl,
  personsUrl,
  resourceUrl,
  sessionsUrl,
  sessionUrl,
} from './links';

export function resourceJson(apiBase: string, resource: Resource): Record<string, unknown> {
  return {
    domain: resource.domain,
    name: resource.name,
    url: resourceUrl(apiBase, resource.domain),
    sessions_url: sessionsUrl(apiBase, resource.domain),
  };
}

/** The company as embedded in a session. */
function companySummaryJson(apiBase: string, company: Company): Record<string, unknown> {
  return {
    id: company.id,
    name: company.name,
    territory: company.territory,
    email: company.email,
    website: company.website,
    contact_persons: company.contact_persons,
    detail_url: companyDetailUrl(apiBase, company),
  };
}

export function companyDetailJson(apiBase: string, company: Company): Record<string, unknown> {
  return {
    id: company.id,
    name: company.name,
    ico: company.ico,
    turnover: company.turnover,
    turnover_numeric: company.turnover_numeric,
    magnitude: company.magnitude,
    email: company.email,
    website: company.website,
    phones: company.phones,
    address: company.address,
    city: company.city,
    region: company.region,
    global_country: company.global_country,
    zipcode: company.zipcode,
    contact_persons: company.contact_persons,
    persons_url: personsUrl(apiBase, company),
    detail_url: companyDetailUrl(apiBase, company),
  };
}

export function personJson(apiBase: string, person: Person): Record<string, unknown> {
  return {
    id: person.id,
    name: person.name,
    position: person.position,
    email: person.email,
    phone: person.phone,
    company: person.companyId,
    detail_url: personDetailUrl(apiBase, person),
  };
}

/** `index` is the session's row in the SessionTable (not its id). */
export function sessionJson(apiBase: string, data: SeedData, index: number): Record<string, unknown> {
  const table = data.sessions;
  const id = table.firstId + index;
  const companyIndex = table.company[index] ?? -1;
  const company = companyIndex >= 0 ? data.companies[companyIndex] : undefined;
  const resource = data.resources[table.resource[index] ?? 0];
  const referrer = data.referrers[table.referrer[index] ?? 0];
  const queryIndex = table.query[index] ?? -1;
  const queries = (resource && data.queries[resource.domain]) || [];
  return {
    id,
    url: sessionUrl(apiBase, id),
    company: company ? companySummaryJson(apiBase, company) : null,
    first_timestamp: isoTime(table.start[index] ?? 0),
    last_timestamp: isoTime(table.last[index] ?? 0),
    referrer: referrer?.url ?? null,
    search_engine_query: queryIndex >= 0 ? (queries[queryIndex] ?? null) : null,
    action_list_url: actionListUrl(apiBase, id),
    // Assumed field (the API filters on action_count_min/max, so sessions likely carry it).
    action_count: table.actionCount[index] ?? 0,
  };
}

/** Campaign parameters as newsletters and social posts tag landing pages. */
const UTM = '?utm_source=newsletter&utm_medium=email&utm_campaign=jaro';

/** Actions of session row `index`, in time order; `title` is left out when unknown. */
export function actionsJson(data: SeedData, index: number): Record<string, unknown>[] {
  const table = data.sessions;
  const resource = data.resources[table.resource[index] ?? 0];
  if (!resource) return [];
  const start = table.start[index] ?? 0;
  const from = table.actionStart[index] ?? 0;
  const count = table.actionCount[index] ?? 0;
  const actions: Record<string, unknown>[] = [];
  for (let a = from; a < from + count; a++) {
    const page = resource.pages[table.actionPage[a] ?? 0];
    const flags = table.actionFlags[a] ?? 0;
    const seconds = table.actionSeconds[a] ?? -1;
    const action: Record<string, unknown> = {
      location: `${resource.siteOrigin}${page?.path ?? '/'}${flags & ACTION_FLAG_UTM ? UTM : ''}`,
      seconds_spent: seconds < 0 ? null : seconds,
      timestamp: isoTime(start + (table.actionOffset[a] ?? 0)),
    };
    if (page?.title && !(flags & ACTION_FLAG_NO_TITLE)) action.title = page.title;
    actions.push(action);
  }
  return actions;
}

export function blacklistEntryJson(
  apiBase: string,
  entry: BlacklistEntry,
  company: Company,
): Record<string, unknown> {
  return {
    id: entry.id,
    company: { id: company.id, name: company.name, website: company.website },
    created: entry.created.toISOString(),
    url: `${apiBase}blacklist/${entry.id}/`,
  };
}
