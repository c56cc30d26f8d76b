/**
 * Where the worker's swallowed failures go. A failure nobody waits for (a sync started by an alarm,
 * a broadcast, a best-effort write) is recorded with a short stable context in the error log
 * instead of vanishing. One log per worker, set up by startBackground; modules deep in the worker
 * reach it here rather than having it threaded through every constructor.
 */
import { createErrorLog, type ErrorLog } from './error-log';

let log: ErrorLog = createErrorLog({ now: () => Date.now() });

/** The worker's log (startBackground gives it the worker's clock; tests give their own). */
export function useErrorLog(next: ErrorLog): ErrorLog {
  log = next;
  return next;
}

/** A rejection handler that records the failure under `context`: `promise.catch(recordFailure('sync.alarm'))`. */
export function recordFailure(context: string): (error: unknown) => void {
  return (error) => {
    // The log itself failing (storage quota, the browser shutting down) has nowhere else to go.
    log.record(context, error).catch((failed: unknown) => console.warn('Leady: error log', context, failed));
  };
}

/**
 * Whether a failed `runtime.sendMessage`/`tabs.sendMessage` only means nobody was listening: no
 * popup open, no content script (any more) in the tab. Normal, so not recorded.
 */
export function isNoReceiver(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Receiving end does not exist|message port closed before a response/i.test(message);
}

/** Like recordFailure, but a message nobody was there to receive is expected and not recorded. */
export function recordDeliveryFailure(context: string): (error: unknown) => void {
  const record = recordFailure(context);
  return (error) => {
    if (!isNoReceiver(error)) record(error);
  };
}
