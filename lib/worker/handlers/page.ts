import type { BackgroundContext } from '../context';
import { recordFailure } from '../diagnostics/failures';
import type { Handlers } from '../messaging/router';
import { companyCard } from '../page-requests/card';
import { createFrameTickets, frameViewIds } from '../page-requests/frame-tickets';
import { matchPage } from '../page-requests/match';
import { requirePageCompany } from '../page-requests/page-companies';
import { pageSettings } from '../page-requests/settings';
import { createSiteService } from '../page-requests/sites';
import { createSummaryCache } from '../page-requests/summary-cache';
import { createToucher } from '../page-requests/touch';

/**
 * Handlers for PageMessages (lib/shared/messaging/protocol/page.ts) and SitesMessages. Building them
 * starts nothing: the worker's start-up duties are wired in lib/worker/start.ts.
 */
export function pageHandlers(context: BackgroundContext): Handlers {
  const sites = createSiteService();
  const summaries = createSummaryCache(context.services.events);
  const matchDeps = { summaries, touch: createToucher() };
  const { pageCompanies } = context;
  const frames = createFrameTickets({
    now: () => context.services.now(),
    random: () => crypto.randomUUID(),
    strings: async () => {
      const { locale, strings } = await pageSettings();
      return { locale, strings };
    },
    summaries: async (ids) => summaries.get(await context.services.cache(), ids, context.services.now()),
  });
  return {
    'page.settings': {
      allow: ['content-script'],
      handle: async (_payload, { sender }) => {
        // Every content script asks this first: from now on its tab hears the broadcasts. The answer
        // does not wait for that to be stored; failing to store it costs the tab its refreshes, not
        // its annotations.
        if (sender.tab?.id !== undefined)
          context.contentTabs.add(sender.tab.id).catch(recordFailure('page.settings-content-tab'));
        return pageSettings();
      },
    },
    'page.match': {
      allow: ['content-script'],
      handle: async ({ queries }, { sender }) => {
        const { answer, companyIds } = await matchPage(context, matchDeps, queries);
        await pageCompanies.remember(sender, companyIds);
        return answer;
      },
    },
    // Asked by the card's frame (an extension page): the content script, beside the page, never
    // holds a card's contents.
    'page.card': {
      allow: ['extension-page'],
      handle: ({ companyId }) => companyCard(context, companyId, (id) => summaries.forget(id)),
    },
    'frame.open': {
      allow: ['content-script'],
      handle: async ({ view }, handler) => {
        // A frame shows only companies the worker matched on the asking page.
        for (const id of frameViewIds(view))
          await requirePageCompany(pageCompanies, handler, id, 'frame.open');
        return frames.issue(view, { tabId: handler.sender.tab?.id, frameId: handler.sender.frameId });
      },
    },
    'frame.setup': {
      allow: ['extension-page'],
      handle: ({ ticket }, { sender }) => frames.redeem(ticket, { tabId: sender.tab?.id }),
    },
    'sites.enable': { allow: ['extension-page'], handle: ({ origin }) => sites.enable(origin) },
    'sites.disable': { allow: ['extension-page'], handle: ({ origin }) => sites.disable(origin) },
  };
}
