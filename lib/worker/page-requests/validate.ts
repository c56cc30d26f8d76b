/**
 * Checks what a content script sends before it reaches the matcher or the cache. A content script
 * shares its tab with a hostile page; a compromised one must not be able to make the worker do
 * unbounded work, so batches are capped and every string is cut to a size no real clue exceeds.
 * Anything that is not a usable clue is dropped, not reported: the page stays annotated as far as
 * it can be.
 */
import { LeadyError } from '../../shared/api/errors';
import type { CompanyClues, MatchQuery, PersonClues } from '../../shared/matching/types';
import { MAX_PAGE_QUERIES } from '../../shared/messaging/protocol/page';

/** Longest kept value per clue: names are cut at 300 by the scanners, URLs rarely exceed 2 KB. */
const MAX_LENGTH = { id: 64, name: 300, website: 2048, email: 320, ico: 40 } as const;

function invalid(endpoint: string, message: string): LeadyError {
  return new LeadyError({ kind: 'validation', endpoint, message, fieldErrors: { payload: [message] } });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().slice(0, max);
  return trimmed || undefined;
}

function companyClues(raw: unknown): CompanyClues | undefined {
  if (!isRecord(raw)) return undefined;
  const clues: CompanyClues = {};
  for (const key of ['name', 'website', 'email', 'ico'] as const) {
    const value = text(raw[key], MAX_LENGTH[key]);
    if (value) clues[key] = value;
  }
  return Object.keys(clues).length > 0 ? clues : undefined;
}

function personClues(raw: unknown): PersonClues | undefined {
  if (!isRecord(raw)) return undefined;
  const clues: PersonClues = {};
  const name = text(raw.name, MAX_LENGTH.name);
  const email = text(raw.email, MAX_LENGTH.email);
  const company = companyClues(raw.company);
  if (name) clues.name = name;
  if (email) clues.email = email;
  if (company) clues.company = company;
  return name || email ? clues : undefined;
}

function query(raw: unknown): MatchQuery | undefined {
  if (!isRecord(raw)) return undefined;
  const id = text(raw.id, MAX_LENGTH.id);
  if (!id) return undefined;
  if (raw.kind === 'company') {
    const clues = companyClues(raw.clues);
    return clues && { id, kind: 'company', clues };
  }
  if (raw.kind === 'person') {
    const clues = personClues(raw.clues);
    return clues && { id, kind: 'person', clues };
  }
  return undefined;
}

/** The queries of a `page.match` payload, rebuilt from known fields only. */
export function parseQueries(payload: unknown): MatchQuery[] {
  const queries = isRecord(payload) ? payload.queries : undefined;
  if (!Array.isArray(queries)) throw invalid('page.match', 'queries must be an array');
  if (queries.length > MAX_PAGE_QUERIES) {
    throw invalid('page.match', `at most ${MAX_PAGE_QUERIES} queries per message`);
  }
  const seen = new Set<string>();
  const clean: MatchQuery[] = [];
  for (const raw of queries) {
    const parsed = query(raw);
    if (!parsed || seen.has(parsed.id)) continue;
    seen.add(parsed.id);
    clean.push(parsed);
  }
  return clean;
}

/** The company id of a `page.card` payload. */
export function parseCompanyId(payload: unknown): number {
  const id = isRecord(payload) ? payload.companyId : undefined;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
    throw invalid('page.card', 'companyId must be a positive integer');
  }
  return id;
}
