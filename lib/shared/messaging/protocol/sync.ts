import { noPayload, type RequestOf } from './payload-fields';

export interface SyncStatus {
  running: boolean;
  /** Last successful sync of any tracked website (epoch ms). */
  lastSuccessAt?: number;
}

export const syncRequests = {
  'sync.now': noPayload,
  'sync.status': noPayload,
  'badge.seen': noPayload,
};
type Request<K extends keyof typeof syncRequests> = RequestOf<typeof syncRequests, K>;

export interface SyncMessages {
  /** Start a sync now (the popup asks when it opens); answers at once, progress comes as events. */
  'sync.now': { request: Request<'sync.now'>; response: SyncStatus };
  'sync.status': { request: Request<'sync.status'>; response: SyncStatus };
  /** The popup opened: the user has seen the newly identified companies (clears the toolbar badge). */
  'badge.seen': { request: Request<'badge.seen'>; response: undefined };
}
