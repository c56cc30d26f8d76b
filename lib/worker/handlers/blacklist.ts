import type { BlacklistService } from '../blacklist/blacklist-service';
import type { HandlerContext, Handlers } from '../messaging/router';
import { type PageCompanies, requirePageCompany } from '../page-requests/page-companies';

/**
 * Blacklisting is offered on page cards too, so content scripts may add and undo, but only companies
 * the worker matched on their page; listing is for extension pages.
 */
export function blacklistHandlers(blacklist: BlacklistService, pageCompanies: PageCompanies): Handlers {
  const companyOf = (companyId: number, endpoint: string, handler: HandlerContext) =>
    requirePageCompany(pageCompanies, handler, companyId, endpoint);
  return {
    'blacklist.add': {
      allow: ['extension-page', 'content-script'],
      handle: async ({ companyId }, handler) =>
        blacklist.add(await companyOf(companyId, 'blacklist.add', handler)),
    },
    'blacklist.undo': {
      allow: ['extension-page', 'content-script'],
      handle: async ({ companyId }, handler) => {
        await blacklist.undo(await companyOf(companyId, 'blacklist.undo', handler));
        return undefined;
      },
    },
    'blacklist.list': { allow: ['extension-page'], handle: () => blacklist.list() },
    'blacklist.ids': { allow: ['extension-page', 'content-script'], handle: () => blacklist.hiddenIds() },
  };
}
