/**
 * The worker's error log, for the options page's Diagnostics section: failures the worker
 * swallowed (a sync in the background, a broadcast, a write to storage) so support can see them.
 */
import { noPayload, type RequestOf } from './payload-fields';

/** One recorded failure. Never holds the token or credentials; the message is trimmed. */
export interface ErrorLogEntry {
  /** When it happened (epoch ms). */
  at: number;
  /** Where: a short stable name such as 'sync.alarm' or 'broadcast.page-refresh'. */
  context: string;
  message: string;
}

export const diagnosticsRequests = {
  'diagnostics.log': noPayload,
  'diagnostics.clear': noPayload,
};
type Request<K extends keyof typeof diagnosticsRequests> = RequestOf<typeof diagnosticsRequests, K>;

export interface DiagnosticsMessages {
  /** The log, newest first. Extension pages only. */
  'diagnostics.log': { request: Request<'diagnostics.log'>; response: { entries: ErrorLogEntry[] } };
  'diagnostics.clear': { request: Request<'diagnostics.clear'>; response: undefined };
}
