import type { BlacklistService } from '../../blacklist/blacklist-service';
import type { Handlers } from '../../messaging/router';

/** Blacklisting is offered on page cards too, so content scripts may add and undo; listing is for pages. */
export function blacklistHandlers(blacklist: BlacklistService): Handlers {
  return {
    'blacklist.add': {
      allow: ['extension-page', 'content-script'],
      handle: ({ companyId }) => blacklist.add(requireId(companyId)),
    },
    'blacklist.undo': {
      allow: ['extension-page', 'content-script'],
      handle: async ({ companyId }) => {
        await blacklist.undo(requireId(companyId));
        return undefined;
      },
    },
    'blacklist.list': { allow: ['extension-page'], handle: () => blacklist.list() },
    'blacklist.ids': { allow: ['extension-page', 'content-script'], handle: () => blacklist.hiddenIds() },
  };
}

function requireId(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new TypeError('companyId must be a non-negative integer');
  }
  return value;
}
