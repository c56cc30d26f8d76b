/**
 * The IndexedDB cache: one typed schema (idb's DBSchema) and its versioned migrations.
 * Only the background worker opens it; pages ask the background for what they need.
 */
import type { DBSchema } from 'idb';
import type { Action, Company } from '../api/schemas';

export const CACHE_DB_NAME = 'leady-cache';

/** A company as the matcher and lists need it: small, so 100,000 of them load quickly. */
export interface CompanyRecord {
  id: number;
  name: string;
  website?: string;
  email?: string;
  territory?: string;
  ico?: string;
  contactPersons: string[];
  /** The API's link to the details (carries a secure token): followed as given. */
  detailUrl?: string;
  /** Lookup keys, derived when stored (see lib/shared/matching/company-keys.ts). */
  domains: string[];
  nameKey?: string;
  /** Newest visit seen in synced sessions (epoch ms). */
  lastVisitAt?: number;
  /**
   * End times (`lastAt`) of this company's cached sessions, newest first, at most the newest
   * RECENT_VISITS_CAP (lib/worker/cache/recent-visits.ts): a badge's 30-day count without reading
   * the sessions store. Absent in records written before it existed: then the sessions are counted.
   */
  recentVisits?: number[];
  /** Last time this company was stored or looked at: the least recently seen are evicted first. */
  seenAt: number;
}

/** Full details, fetched lazily when an overlay or the popup needs them, kept for a time-to-live. */
export interface CompanyDetailRecord {
  id: number;
  detail: Company;
  fetchedAt: number;
  /** When the company's persons were last fetched (absent: never). */
  personsFetchedAt?: number;
}

export interface PersonRecord {
  id: number;
  companyId: number;
  name?: string;
  position?: string;
  email?: string;
  /** Lower-cased e-mail for exact lookups. */
  emailKey?: string;
  phone?: string;
  detailUrl?: string;
  fetchedAt: number;
}

export interface SessionRecord {
  /** `${resource} ${id}`: session ids are only promised unique within an account, keep resources apart. */
  key: string;
  id: number;
  resource: string;
  /** -1 for an unidentified visitor (IndexedDB cannot index null). */
  companyId: number;
  firstAt?: number;
  lastAt?: number;
  referrer?: string;
  searchQuery?: string;
  actionListUrl?: string;
  /** Page views, fetched lazily and cached. */
  actions?: Action[];
  /** Number of page views when known (from the list or the actions). */
  actionCount?: number;
}

/** Sync progress per tracked website; persisted after every page so a restarted worker resumes. */
export interface SyncStateRecord {
  resource: string;
  /** Everything up to this instant is synced (epoch ms). */
  syncedUntil?: number;
  /** A run in progress: the period it covers and the next page to fetch. */
  run?: { periodStart: number; startedAt: number; next: string | null; pages: number };
  lastError?: string;
  lastSuccessAt?: number;
}

export const UNIDENTIFIED = -1;

export interface CacheSchema extends DBSchema {
  companies: {
    key: number;
    value: CompanyRecord;
    indexes: { byDomain: string; byIco: string; byNameKey: string; bySeen: number };
  };
  companyDetails: { key: number; value: CompanyDetailRecord };
  persons: {
    key: number;
    value: PersonRecord;
    indexes: { byCompany: number; byEmail: string };
  };
  sessions: {
    key: string;
    value: SessionRecord;
    indexes: { byResourceTime: [string, number]; byCompanyTime: [number, number] };
  };
  syncState: { key: string; value: SyncStateRecord };
}
