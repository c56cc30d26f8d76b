import type { ContextMenuTarget } from '../../messaging/protocol';
import type { Handlers } from '../../messaging/router';
import type { ContextMenu } from '../context-menu';

export function contextMenuHandlers(menu: ContextMenu): Handlers {
  return {
    'menu.target': {
      allow: ['content-script'],
      handle: async ({ target }, { sender }) => {
        await menu.setTarget(validTarget(target), sender.tab?.id);
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
