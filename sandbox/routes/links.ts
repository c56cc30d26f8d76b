/** Absolute URLs of records, built from the request's API root like DRF's reverse(request=…). */
import type { Company, Person } from '../seed/types';

export function companyDetailUrl(apiBase: string, company: Company): string {
  return `${apiBase}companies/${company.id}/?secure_token=${company.secureToken}`;
}

export function personDetailUrl(apiBase: string, person: Person): string {
  return `${apiBase}persons/${person.id}/?secure_token=${person.secureToken}`;
}

export function personsUrl(apiBase: string, company: Company): string {
  return `${apiBase}persons/?company=${company.id}`;
}

export function sessionUrl(apiBase: string, id: number): string {
  return `${apiBase}sessions/${id}/`;
}

export function actionListUrl(apiBase: string, id: number): string {
  return `${apiBase}sessions/${id}/actions/`;
}

export function resourceUrl(apiBase: string, domain: string): string {
  return `${apiBase}resources/${encodeURIComponent(domain)}/`;
}

export function sessionsUrl(apiBase: string, domain: string): string {
  return `${resourceUrl(apiBase, domain)}sessions/`;
}

/** ISO 8601 in UTC with a Z and whole seconds, as the API's timestamps come. */
export function isoTime(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().replace('.000Z', 'Z');
}
