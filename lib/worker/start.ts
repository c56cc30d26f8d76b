import { browser } from 'wxt/browser';
import { createAuth } from './auth';
import { startBlacklist } from './blacklist-wiring';
import type { BackgroundContext } from './context';
import { startContextMenu } from './context-menu';
import { createErrorLog } from './diagnostics/error-log';
import { recordFailure, useErrorLog } from './diagnostics/failures';
import { authHandlers } from './handlers/auth';
import { blacklistHandlers } from './handlers/blacklist';
import { contextMenuHandlers } from './handlers/context-menu';
import { diagnosticsHandlers } from './handlers/diagnostics';
import { pageHandlers } from './handlers/page';
import { popupHandlers } from './handlers/popup';
import { syncHandlers } from './handlers/sync';
import { createMatchService } from './match-service';
import { createMessageRouter } from './messaging/router';
import { createContentTabs } from './page-requests/content-tabs';
import { createPageCompanies } from './page-requests/page-companies';
import { startSiteScripts } from './page-requests/startup';
import { createTabNotifier, refreshTabsOnChanges } from './page-requests/tab-notifier';
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
  const errorLog = useErrorLog(createErrorLog({ now: services.now }));
  restrictStorageToExtension().catch(recordFailure('storage.restrict'));
  secureStoredToken().catch(recordFailure('token.move'));
  const matcher = createMatchService(services);
  const syncer = createSyncer(services, {
    onCompanies: (stored, evicted) => matcher.updateCompanies(stored, evicted),
  });
  const contentTabs = createContentTabs();
  const notifyTabs = createTabNotifier(contentTabs);
  const blacklist = startBlacklist(services, notifyTabs);
  const pageCompanies = createPageCompanies();
  browser.tabs.onRemoved.addListener((tabId) => {
    pageCompanies.forgetTab(tabId).catch(recordFailure('tabs.forget-page-companies'));
    contentTabs.forget(tabId).catch(recordFailure('tabs.forget-content-tab'));
  });
  const context: BackgroundContext = {
    services,
    auth: createAuth(services, () => matcher.reset()),
    syncer,
    matcher,
    blacklist,
    contextMenu: startContextMenu(blacklist, (tabId, id) => pageCompanies.allowsInTab(tabId, id)),
    pageCompanies,
    contentTabs,
    notifyTabs,
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
      ...diagnosticsHandlers(errorLog),
    },
    browser.runtime.id,
    browser.runtime.getURL('/'),
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  // User-added sites keep their content scripts; open CRM tabs hear when their badges are stale.
  startSiteScripts();
  refreshTabsOnChanges(services.events, notifyTabs);
  scheduleSync(context);
  syncIfDue(context).catch(recordFailure('sync.start'));
  return context;
}
