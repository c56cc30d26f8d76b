import type { Handlers } from '../../messaging/router';
import type { BackgroundContext } from '../context';
import { companyCard } from '../page/card';
import { matchPage } from '../page/match';
import { requirePageCompany } from '../page/page-companies';
import { pageSettings } from '../page/settings';
import { createSiteService } from '../page/sites';
import { startSiteScripts } from '../page/startup';
import { companyIdsOf } from '../page/summaries';
import { createSummaryCache } from '../page/summary-cache';
import { refreshTabsOnChanges } from '../page/tab-notifier';
import { createToucher } from '../page/touch';
import { parseCompanyId } from '../page/validate';

/**
 * Handlers for PageMessages (lib/messaging/protocol/page.ts) and SitesMessages. Built once per
 * worker start, which is also when the feature's background duties start: keeping user-added site
 * registrations in place and telling tabs when their annotations are out of date.
 */
export function pageHandlers(context: BackgroundContext): Handlers {
  const sites = createSiteService();
  const summaries = createSummaryCache(context.services.events);
  const matchDeps = { summaries, touch: createToucher() };
  const { pageCompanies } = context;
  startSiteScripts();
  refreshTabsOnChanges(context.services.events);
  return {
    'page.settings': {
      allow: ['content-script'],
      handle: () => pageSettings(),
    },
    'page.match': {
      allow: ['content-script'],
      handle: async (payload, { sender }) => {
        const answer = await matchPage(context, matchDeps, payload);
        await pageCompanies.remember(sender, companyIdsOf(answer.results));
        return answer;
      },
    },
    'page.card': {
      allow: ['content-script'],
      handle: async (payload, handler) => {
        await requirePageCompany(pageCompanies, handler, parseCompanyId(payload), 'page.card');
        return companyCard(context, payload, (id) => summaries.forget(id));
      },
    },
    'sites.enable': { allow: ['extension-page'], handle: (payload) => sites.enable(payload) },
    'sites.disable': { allow: ['extension-page'], handle: (payload) => sites.disable(payload) },
  };
}
