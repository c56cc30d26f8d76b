/**
 * Messages only the popup and the options page send. The popup renders from the cache first
 * (`popup.sessions.cached`, no network) and then refreshes from Leady (`popup.sessions.fetch`).
 */
import type { CompanyInsight } from '../../insights/types';
import type { ApiSessionQuery, CacheSessionQuery } from '../../popup/filters';
import type { CompanySummary, SavedFilterOption, SessionActions, SessionsPage } from '../../popup/types';

export interface PopupMessages {
  /**
   * A resource's cached sessions, newest first; never touches the network. Without `resource`, the
   * one the popup would show (remembered, else the first tracked): the popup asks before it has
   * read the settings itself. The answer names the resource it is for.
   */
  'popup.sessions.cached': {
    request: CacheSessionQuery & {
      resource?: string;
      /** Next page: sessions that ended before this instant. */
      before?: number;
      /** Blacklisted companies, left out so a page is not short of rows. */
      excludeCompanies?: number[];
    };
    response: SessionsPage;
  };
  /** The first page from Leady with the filters (stored in the cache on the way). */
  'popup.sessions.fetch': {
    request: { resource: string; query: ApiSessionQuery; onlyIdentified: boolean };
    response: SessionsPage;
  };
  /** The page behind a `next` link the API gave. */
  'popup.sessions.more': {
    request: { resource: string; next: string; onlyIdentified: boolean };
    response: SessionsPage;
  };
  /** A session's page views: from the cache, else fetched once and cached. */
  'popup.session.actions': { request: { key: string }; response: SessionActions };
  /** Identified companies aggregated from a resource's cached sessions (no network). */
  'popup.companies': {
    request: { resource: string; excludeCompanies?: number[] };
    response: CompanySummary[];
  };
  /** Everything about one company; band codes resolved to labels. `null`: not known at all. */
  'popup.company': {
    request: { companyId: number; refresh?: boolean };
    response: CompanyInsight | null;
  };
  /** Leady saved filters that apply to a resource. */
  'popup.savedFilters': { request: { resource?: string }; response: SavedFilterOption[] };
  /** Options page: forget every cached record and sync again (the token stays). */
  'popup.clearCache': { request: undefined; response: { syncing: boolean } };
}
