import type { ContextMenuTarget } from '../../shared/messaging/protocol';
import type { ContextMenu } from '../context-menu';
import type { Handlers } from '../messaging/router';
import type { PageCompanies } from '../page-requests/page-companies';

export function contextMenuHandlers(menu: ContextMenu, pageCompanies: PageCompanies): Handlers {
  return {
    'menu.target': {
      allow: ['content-script'],
      handle: async ({ target }, { sender }) => {
        const valid = validTarget(target);
        // Only a company the worker matched on this page can become the item's target.
        const matched = valid && (await pageCompanies.allows(sender, valid.companyId)) ? valid : null;
        await menu.setTarget(matched, sender.tab?.id);
        return undefined;
      },
    },
  };
}

/** Page-side input: anything that is not a plain id and name hides the item. */
function validTarget(value: unknown): ContextMenuTarget | null {
  const target = value as Partial<ContextMenuTarget> | null;
  if (!target || !Number.isSafeInteger(target.companyId) || typeof target.companyName !== 'string')
    return null;
  return { companyId: target.companyId!, companyName: target.companyName.slice(0, 300) };
}
