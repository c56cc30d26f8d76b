import type { BlacklistService } from '../../blacklist/blacklist-service';
import type { Handlers } from '../../messaging/router';
import { requireId } from '../popup/request-checks';

/** Blacklisting is offered on page cards too, so content scripts may add and undo; listing is for pages. */
export function blacklistHandlers(blacklist: BlacklistService): Handlers {
  return {
    'blacklist.add': {
      allow: ['extension-page', 'content-script'],
      handle: ({ companyId }) => blacklist.add(requireId(companyId, 'blacklist.add', 'companyId')),
    },
    'blacklist.undo': {
      allow: ['extension-page', 'content-script'],
      handle: async ({ companyId }) => {
        await blacklist.undo(requireId(companyId, 'blacklist.undo', 'companyId'));
        return undefined;
      },
    },
    'blacklist.list': { allow: ['extension-page'], handle: () => blacklist.list() },
    'blacklist.ids': { allow: ['extension-page', 'content-script'], handle: () => blacklist.hiddenIds() },
  };
}
