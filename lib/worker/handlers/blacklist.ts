import type { BlacklistService } from '../blacklist/blacklist-service';
import type { Handlers } from '../messaging/router';
import { type PageCompanies, requirePageCompany } from '../page-requests/page-companies';

/**
 * Blacklisting is asked from extension pages only: the popup, and the card frame a page shows (the
 * context menu is the worker's own). A content script runs beside a hostile page and never adds; it
 * may undo, from the toast after a context-menu blacklisting, and only companies the worker matched
 * on its page. Listing is for extension pages.
 */
export function blacklistHandlers(blacklist: BlacklistService, pageCompanies: PageCompanies): Handlers {
  return {
    'blacklist.add': { allow: ['extension-page'], handle: ({ companyId }) => blacklist.add(companyId) },
    'blacklist.undo': {
      allow: ['extension-page', 'content-script'],
      handle: async ({ companyId }, handler) => {
        await blacklist.undo(await requirePageCompany(pageCompanies, handler, companyId, 'blacklist.undo'));
        return undefined;
      },
    },
    'blacklist.list': { allow: ['extension-page'], handle: () => blacklist.list() },
    'blacklist.ids': { allow: ['extension-page', 'content-script'], handle: () => blacklist.hiddenIds() },
  };
}
