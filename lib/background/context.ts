import type { BlacklistService } from '../blacklist/blacklist-service';
import type { Syncer } from '../sync/syncer';
import type { Auth } from './auth';
import type { ContextMenu } from './context-menu';
import type { MatchService } from './match-service';
import type { Services } from './services';

/** What message handlers and background features are given: built once per worker start. */
export interface BackgroundContext {
  services: Services;
  auth: Auth;
  syncer: Syncer;
  matcher: MatchService;
  blacklist: BlacklistService;
  contextMenu: ContextMenu;
  badge: { clear(): Promise<void> };
}
