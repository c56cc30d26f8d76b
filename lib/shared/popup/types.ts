/**
 * What the popup shows, as the background hands it over. Plain data only: every value crosses
 * `runtime.sendMessage`, which serialises to JSON (no Date, Map or Set).
 */

/** A tracked website the user can pick. */
export interface ResourceOption {
  domain: string;
  name?: string;
}

/** The company a session belongs to, as far as the cache knows it. */
export interface SessionCompanyView {
  id: number;
  name: string;
  website?: string;
  email?: string;
  territory?: string;
  ico?: string;
}

/** One visit in the recent-sessions list. */
export interface SessionRow {
  /** Cache key (`${resource} ${id}`): what `popup.session.actions` is asked with. */
  key: string;
  id: number;
  resource: string;
  /** Absent for an unidentified visitor. */
  company?: SessionCompanyView;
  firstAt?: number;
  lastAt?: number;
  /** Time spent, from the page views when known, else from first to last timestamp. */
  seconds: number;
  /** Number of page views, when known (the API does not always say). */
  pages?: number;
  referrer?: string;
  searchQuery?: string;
}

/** A page of the list, from the cache or from the API. */
export interface SessionsPage {
  /** The tracked website the rows are from. */
  resource?: string;
  rows: SessionRow[];
  source: 'cache' | 'api';
  /** API cursor link for "Load more" (source 'api'). */
  next: string | null;
  /** Cache cursor for "Load more" (source 'cache'): sessions that ended before this instant. */
  before?: number;
  hasMore: boolean;
  /** Source 'cache': when the resource was last synced. Source 'api': when the page was fetched. */
  updatedAt?: number;
}

/** One page view of a session. */
export interface ActionView {
  location: string;
  title?: string;
  seconds?: number;
  timestamp?: number;
}

export interface SessionActions {
  actions: ActionView[];
  /** Seconds and pages recomputed from the page views, to update the row. */
  seconds: number;
  pages: number;
}

/** A company in the "Identified companies" list, aggregated from cached sessions. */
export interface CompanySummary {
  id: number;
  name: string;
  website?: string;
  ico?: string;
  /** Website and e-mail domains (searchable). */
  domains: string[];
  visits: number;
  lastVisitAt?: number;
  seconds: number;
  /** Page views over the sessions whose count is known; absent when none is. */
  pages?: number;
}

export interface SavedFilterOption {
  id: number;
  name: string;
}

export type Period = 'today' | '7d' | '30d' | '90d';

/** The filters of the recent-sessions list as the user set them. */
export interface SessionFilterState {
  period: Period;
  savedFilterId?: number;
  onlyIdentified: boolean;
  /** 0 = no minimum. */
  minPages: number;
}

export type CompanySort = 'lastVisit' | 'visits' | 'time';
