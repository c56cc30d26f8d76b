/**
 * Messages only the popup and the options page send. The popup renders from the cache first
 * (`popup.sessions.cached`, no network) and then refreshes from Leady (`popup.sessions.fetch`).
 */
import * as v from 'valibot';
import type { CompanyInsight } from '../../insights/types';
import type { CompanySummary, SavedFilterOption, SessionActions, SessionsPage } from '../../popup/types';
import { companyId, finiteNumber, nonEmptyText, noPayload, type RequestOf } from './payload-fields';

/** Blacklisted companies, left out so a page is not short of rows. */
const excludeCompanies = v.optional(v.array(v.pipe(v.number(), v.safeInteger())));

export const popupRequests = {
  'popup.sessions.cached': v.object({
    resource: v.optional(nonEmptyText),
    /** Sessions that ended at or after this instant (the period's start). */
    since: finiteNumber,
    onlyIdentified: v.boolean(),
    minPages: v.optional(finiteNumber),
    /** Next page: sessions that ended before this instant. */
    before: v.optional(finiteNumber),
    excludeCompanies,
  }),
  'popup.sessions.fetch': v.object({
    resource: nonEmptyText,
    /** Session-list parameters as the API names them; times are epoch ms (sent as UTC text). */
    query: v.object({
      period_start: finiteNumber,
      saved_filter_id: v.optional(finiteNumber),
      action_count_min: v.optional(finiteNumber),
    }),
    onlyIdentified: v.boolean(),
  }),
  'popup.sessions.more': v.object({
    resource: nonEmptyText,
    next: nonEmptyText,
    onlyIdentified: v.boolean(),
  }),
  'popup.session.actions': v.object({ key: nonEmptyText }),
  'popup.companies': v.object({ resource: nonEmptyText, excludeCompanies }),
  'popup.company': v.object({ companyId, refresh: v.optional(v.boolean()) }),
  'popup.savedFilters': v.object({ resource: v.optional(v.string()) }),
  'popup.clearCache': noPayload,
};
type Request<K extends keyof typeof popupRequests> = RequestOf<typeof popupRequests, K>;

export interface PopupMessages {
  /**
   * A resource's cached sessions, newest first; never touches the network. Without `resource`, the
   * one the popup would show (remembered, else the first tracked): the popup asks before it has
   * read the settings itself. The answer names the resource it is for.
   */
  'popup.sessions.cached': { request: Request<'popup.sessions.cached'>; response: SessionsPage };
  /** The first page from Leady with the filters (stored in the cache on the way). */
  'popup.sessions.fetch': { request: Request<'popup.sessions.fetch'>; response: SessionsPage };
  /** The page behind a `next` link the API gave. */
  'popup.sessions.more': { request: Request<'popup.sessions.more'>; response: SessionsPage };
  /** A session's page views: from the cache, else fetched once and cached. */
  'popup.session.actions': { request: Request<'popup.session.actions'>; response: SessionActions };
  /** Identified companies aggregated from a resource's cached sessions (no network). */
  'popup.companies': { request: Request<'popup.companies'>; response: CompanySummary[] };
  /** Everything about one company; band codes resolved to labels. `null`: not known at all. */
  'popup.company': { request: Request<'popup.company'>; response: CompanyInsight | null };
  /** Leady saved filters that apply to a resource. */
  'popup.savedFilters': { request: Request<'popup.savedFilters'>; response: SavedFilterOption[] };
  /** Options page: forget every cached record and sync again (the token stays). */
  'popup.clearCache': { request: Request<'popup.clearCache'>; response: { syncing: boolean } };
}
