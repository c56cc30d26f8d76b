import { browser } from 'wxt/browser';
import { createAuth } from './auth';
import { startBlacklist } from './blacklist-wiring';
import type { BackgroundContext } from './context';
import { startContextMenu } from './context-menu';
import { authHandlers } from './handlers/auth';
import { blacklistHandlers } from './handlers/blacklist';
import { contextMenuHandlers } from './handlers/context-menu';
import { pageHandlers } from './handlers/page';
import { popupHandlers } from './handlers/popup';
import { syncHandlers } from './handlers/sync';
import { createMatchService } from './match-service';
import { createMessageRouter } from './messaging/router';
import { createPageCompanies } from './page-requests/page-companies';
import { scheduleSync, syncIfDue } from './scheduling';
import { createServices, type Services } from './services';
import { restrictStorageToExtension } from './storage-access';
import { createSyncer } from './sync/syncer';
import { secureStoredToken } from './token-store';
import { startToolbarBadge } from './toolbar-badge';

/**
 * Wires the background worker. Listeners are registered synchronously, on every worker start,
 * because MV3 only delivers events to listeners present when the worker first runs.
 */
export function startBackground(services: Services = createServices()): BackgroundContext {
  restrictStorageToExtension().catch((error: unknown) => console.warn('Leady: storage stays open', error));
  secureStoredToken().catch((error: unknown) => console.warn('Leady: token not moved yet', error));
  const matcher = createMatchService(services);
  const syncer = createSyncer(services, {
    onCompanies: (stored, evicted) => matcher.updateCompanies(stored, evicted),
  });
  const blacklist = startBlacklist(services);
  const pageCompanies = createPageCompanies();
  browser.tabs.onRemoved.addListener((tabId) => {
    pageCompanies.forgetTab(tabId).catch(() => {});
  });
  const context: BackgroundContext = {
    services,
    auth: createAuth(services, () => matcher.reset()),
    syncer,
    matcher,
    blacklist,
    contextMenu: startContextMenu(blacklist, (tabId, id) => pageCompanies.allowsInTab(tabId, id)),
    pageCompanies,
    badge: startToolbarBadge(),
  };

  const route = createMessageRouter(
    {
      ...authHandlers(context.auth),
      ...syncHandlers(context),
      ...blacklistHandlers(blacklist, pageCompanies),
      ...contextMenuHandlers(context.contextMenu, pageCompanies),
      ...popupHandlers(context),
      ...pageHandlers(context),
    },
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  scheduleSync(context);
  syncIfDue(context).catch(() => {});
  return context;
}
