/**
 * The worker's error log, for the options page's Diagnostics section: failures the worker
 * swallowed (a sync in the background, a broadcast, a write to storage) so support can see them.
 */

/** One recorded failure. Never holds the token or credentials; the message is trimmed. */
export interface ErrorLogEntry {
  /** When it happened (epoch ms). */
  at: number;
  /** Where: a short stable name such as 'sync.alarm' or 'broadcast.page-refresh'. */
  context: string;
  message: string;
}

export interface DiagnosticsMessages {
  /** The log, newest first. Extension pages only. */
  'diagnostics.log': { request: undefined; response: { entries: ErrorLogEntry[] } };
  'diagnostics.clear': { request: undefined; response: undefined };
}
