export interface SyncStatus {
  running: boolean;
  /** Last successful sync of any tracked website (epoch ms). */
  lastSuccessAt?: number;
}

export interface SyncMessages {
  /** Start a sync now (the popup asks when it opens); answers at once, progress comes as events. */
  'sync.now': { request: undefined; response: SyncStatus };
  'sync.status': { request: undefined; response: SyncStatus };
  /** The popup opened: the user has seen the newly identified companies (clears the toolbar badge). */
  'badge.seen': { request: undefined; response: undefined };
}
