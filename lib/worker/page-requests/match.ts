/**
 * `page.match`: one scan's queries in, the results that found something plus one badge summary per
 * company out, with the ids of the companies it names (the page may open cards for those). Signed
 * out or expired: nothing is matched and the page shows nothing.
 */

import type { MatchQuery } from '../../shared/matching/types';
import type { PageMatchAnswer } from '../../shared/messaging/protocol/page';
import { accountItem } from '../account-items';
import type { CacheDb } from '../cache/open';
import type { CompanyRecord } from '../cache/schema';
import type { BackgroundContext } from '../context';
import { recordFailure } from '../diagnostics/failures';
import { companyIdsOf } from './summaries';
import type { SummaryCache } from './summary-cache';

export interface MatchDeps {
  summaries: SummaryCache;
  /** `read`: records the match has just read, which say themselves when they were last touched. */
  touch(db: CacheDb, ids: number[], now: number, read: ReadonlyMap<number, CompanyRecord>): Promise<void>;
}

export async function matchPage(
  context: BackgroundContext,
  deps: MatchDeps,
  queries: MatchQuery[],
): Promise<{ answer: PageMatchAnswer; companyIds: number[] }> {
  const { state } = await accountItem.getValue();
  if (state !== 'signed-in') return { answer: { auth: state, results: [], companies: [] }, companyIds: [] };
  const mark = deps.summaries.mark();
  const matched = await context.matcher.match(queries);
  const found = matched.results.filter((result) => result.state !== 'none');
  const ids = companyIdsOf(found);
  const { services } = context;
  const db = await services.cache();
  const now = services.now();
  // A cold worker's match has just read these companies' records: their summaries read nothing more.
  const companies = await deps.summaries.get(db, ids, now, { records: matched.companies, mark });
  // Companies in use on a page are kept when the cache evicts; the answer does not wait for it.
  deps.touch(db, ids, now, matched.companies).catch(recordFailure('page.match-touch'));
  return { answer: { auth: state, results: found, companies }, companyIds: ids };
}
