import type { ErrorLog } from '../diagnostics/error-log';
import type { Handlers } from '../messaging/router';

/**
 * Handlers for DiagnosticsMessages (lib/shared/messaging/protocol/diagnostics.ts): the options
 * page's Diagnostics section. Extension pages only: the log says what the extension did and when,
 * which is nothing a page's content script needs.
 */
export function diagnosticsHandlers(log: ErrorLog): Handlers {
  const pages = ['extension-page'] as const;
  return {
    'diagnostics.log': { allow: pages, handle: async () => ({ entries: await log.entries() }) },
    'diagnostics.clear': {
      allow: pages,
      handle: async () => {
        await log.clear();
        return undefined;
      },
    },
  };
}
