import type { Auth } from './auth';
import type { BlacklistService } from './blacklist/blacklist-service';
import type { ContextMenu } from './context-menu';
import type { MatchService } from './match-service';
import type { ContentTabs } from './page-requests/content-tabs';
import type { PageCompanies } from './page-requests/page-companies';
import type { NotifyTabs } from './page-requests/tab-notifier';
import type { Services } from './services';
import type { Syncer } from './sync/syncer';

/** What message handlers and background features are given: built once per worker start. */
export interface BackgroundContext {
  services: Services;
  auth: Auth;
  syncer: Syncer;
  matcher: MatchService;
  blacklist: BlacklistService;
  contextMenu: ContextMenu;
  /** Companies the worker matched per page: all that content scripts may ask about. */
  pageCompanies: PageCompanies;
  /** Tabs where our content script runs: the only ones broadcasts go to. */
  contentTabs: ContentTabs;
  notifyTabs: NotifyTabs;
  badge: { clear(): Promise<void> };
}
