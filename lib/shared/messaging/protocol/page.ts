/**
 * Messages the content script sends for page annotations. A content script runs next to a hostile
 * page, so it gets answers shaped for one badge or one card: never cache contents beyond that, never
 * credentials.
 */

import type { CrmSiteId } from '../../config/build-config';
import type { ErrorMessageKey } from '../../i18n/catalogs/errors';
import type { OverlayKey } from '../../i18n/catalogs/overlay';
import type { Locale } from '../../i18n/translate';
import type { CompanyInsight } from '../../insights/types';
import type { MatchQuery, MatchResult } from '../../matching/types';
import type { AuthState } from '../../settings';
import type { FrameAction } from './card-frame';
import type { ContentScriptRequest } from './context-menu';

/** Most queries one `page.match` carries; a longer page is sent in several batches of this size. */
export const MAX_PAGE_QUERIES = 2000;

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

export interface PageMessages {
  'page.settings': { request: undefined; response: PageSettings };
  /** One batch per page scan: every new or changed finding of the scan in one message. */
  'page.match': { request: { queries: MatchQuery[] }; response: PageMatchAnswer };
  /**
   * The card of one company (interactive priority: details are fetched when missing or stale). Asked
   * by the card's own frame (an extension page), never by the content script: see card-frame.ts.
   */
  'page.card': { request: { companyId: number }; response: CompanyInsight };
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
