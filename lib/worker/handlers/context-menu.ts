import type { ContextMenu } from '../context-menu';
import type { Handlers } from '../messaging/router';
import type { PageCompanies } from '../page-requests/page-companies';

export function contextMenuHandlers(menu: ContextMenu, pageCompanies: PageCompanies): Handlers {
  return {
    'menu.target': {
      allow: ['content-script'],
      handle: async ({ target }, { sender }) => {
        // Only a company the worker matched on this page can become the item's target.
        const matched = target && (await pageCompanies.allows(sender, target.companyId)) ? target : null;
        await menu.setTarget(matched, sender.tab?.id);
        return undefined;
      },
    },
  };
}
