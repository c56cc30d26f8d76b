/**
 * Messages the content script sends for page annotations. A content script runs next to a hostile
 * page, so it gets answers shaped for one badge or one card: never cache contents beyond that, never
 * credentials.
 */

import * as v from 'valibot';
import type { CrmSiteId } from '../../config/build-config';
import type { ErrorMessageKey } from '../../i18n/catalogs/errors';
import type { OverlayKey } from '../../i18n/catalogs/overlay';
import type { Locale } from '../../i18n/translate';
import type { CompanyInsight } from '../../insights/types';
import type { MatchResult } from '../../matching/types';
import type { AuthState } from '../../settings';
import type { FrameAction } from './card-frame';
import type { ContentScriptRequest } from './context-menu';
import { MatchQueriesSchema } from './match-query';
import { companyId, noPayload, type RequestOf } from './payload-fields';

export { MAX_PAGE_QUERIES } from './match-query';

/** What the content script needs to decide whether and how to annotate this page. */
export interface PageSettings {
  /** Built-in CRM sites the user left switched on. */
  sites: CrmSiteId[];
  /** Origins the user added in the options page (`https://crm.example.com`). */
  customOrigins: string[];
  locale: Locale;
  auth: AuthState;
  /** The overlay's and the error messages' text in `locale`: the content script ships no catalog. */
  strings: { overlay: Record<OverlayKey, string>; errors: Record<ErrorMessageKey, string> };
}

/** What a badge shows about a company, read from the cache. */
export interface CompanySummary {
  id: number;
  name: string;
  /** Sessions that ended in the last 30 days. */
  visits30d: number;
  lastVisitAt?: number;
}

export interface PageMatchAnswer {
  auth: AuthState;
  /** Results that found something; a query without one here matched nothing. */
  results: MatchResult[];
  /** One summary per company a result names (matched, or a candidate of an ambiguous result). */
  companies: CompanySummary[];
}

export const pageRequests = {
  'page.settings': noPayload,
  'page.match': v.object({ queries: MatchQueriesSchema }),
  'page.card': v.object({ companyId }),
};
type Request<K extends keyof typeof pageRequests> = RequestOf<typeof pageRequests, K>;

export interface PageMessages {
  'page.settings': { request: Request<'page.settings'>; response: PageSettings };
  /** One batch per page scan: every new or changed finding of the scan in one message. */
  'page.match': { request: Request<'page.match'>; response: PageMatchAnswer };
  /**
   * The card of one company (interactive priority: details are fetched when missing or stale). Asked
   * by the card's own frame (an extension page), never by the content script: see card-frame.ts.
   */
  'page.card': { request: Request<'page.card'>; response: CompanyInsight };
}

/**
 * What the background pushes to tabs with `tabs.sendMessage`. `page.refresh`: the account or the
 * cache changed (signed in, sync finished), so earlier answers may be out of date. The context
 * menu's requests (protocol/context-menu.ts) arrive the same way; `menu.query` is answered.
 */
export type PageEvent =
  | { event: 'blacklist.changed'; companyIds: number[] }
  | { event: 'page.refresh' }
  | FrameAction
  | ContentScriptRequest;
