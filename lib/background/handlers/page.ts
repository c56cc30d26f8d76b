import { LeadyError } from '../../api/errors';
import type { HandlerContext, Handlers } from '../../messaging/router';
import type { BackgroundContext } from '../context';
import { companyCard } from '../page/card';
import { matchPage } from '../page/match';
import { pageSettings } from '../page/settings';
import { createSiteService } from '../page/sites';
import { startSiteScripts } from '../page/startup';
import { createSummaryCache } from '../page/summary-cache';
import { refreshTabsOnChanges } from '../page/tab-notifier';
import { createToucher } from '../page/touch';

/** Content scripts are answered only from a tab (the router has already checked the extension id). */
function fromTab({ sender }: HandlerContext, type: string): void {
  if (sender.tab?.id === undefined) {
    throw new LeadyError({
      kind: 'forbidden',
      endpoint: type,
      message: 'Only content scripts in tabs may ask',
    });
  }
}

/**
 * Handlers for PageMessages (lib/messaging/protocol/page.ts) and SitesMessages. Built once per
 * worker start, which is also when the feature's background duties start: keeping user-added site
 * registrations in place and telling tabs when their annotations are out of date.
 */
export function pageHandlers(context: BackgroundContext): Handlers {
  const sites = createSiteService();
  const summaries = createSummaryCache(context.services.events);
  const matchDeps = { summaries, touch: createToucher() };
  startSiteScripts();
  refreshTabsOnChanges(context.services.events);
  return {
    'page.settings': {
      allow: ['content-script'],
      handle: (_payload, handler) => {
        fromTab(handler, 'page.settings');
        return pageSettings();
      },
    },
    'page.match': {
      allow: ['content-script'],
      handle: (payload, handler) => {
        fromTab(handler, 'page.match');
        return matchPage(context, matchDeps, payload);
      },
    },
    'page.card': {
      allow: ['content-script'],
      handle: (payload, handler) => {
        fromTab(handler, 'page.card');
        return companyCard(context, payload, (id) => summaries.forget(id));
      },
    },
    'sites.enable': { allow: ['extension-page'], handle: (payload) => sites.enable(payload) },
    'sites.disable': { allow: ['extension-page'], handle: (payload) => sites.disable(payload) },
  };
}
