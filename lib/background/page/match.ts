/**
 * `page.match`: one scan's queries in, the results that found something plus one badge summary per
 * company out. Signed out or expired: nothing is matched and the page shows nothing.
 */
import { touchCompanies } from '../../cache/companies';
import type { PageMatchAnswer } from '../../messaging/protocol/page';
import { accountItem } from '../../storage/items';
import type { BackgroundContext } from '../context';
import { companyIdsOf, companySummaries } from './summaries';
import { parseQueries } from './validate';

export async function matchPage(context: BackgroundContext, payload: unknown): Promise<PageMatchAnswer> {
  const queries = parseQueries(payload);
  const { state } = await accountItem.getValue();
  if (state !== 'signed-in') return { auth: state, results: [], companies: [] };
  const found = (await context.matcher.match(queries)).filter((result) => result.state !== 'none');
  const ids = companyIdsOf(found);
  const { services } = context;
  const db = await services.cache();
  const now = services.now();
  const companies = await companySummaries(db, ids, now);
  // Companies in use on a page are kept when the cache evicts; the answer does not wait for it.
  touchCompanies(db, ids, now).catch(() => {});
  return { auth: state, results: found, companies };
}
