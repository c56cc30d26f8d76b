import type { LeadyError } from '../api/errors';

/** The undo window: a blacklisting is only sent to Leady after this, so Undo costs no request. */
export const UNDO_WINDOW_MS = 5_000;

/**
 * What a failed POST blacklist/ means for the outbox. Refusals are final; anything that may pass
 * later (offline, 5xx, throttled, signed out) keeps the item pending for the next attempt. A 2xx
 * whose body could not be read means Leady did it (most likely): 'unknown' until its list says so.
 */
export function outcomeOfFailure(error: LeadyError): 'already-done' | 'failed' | 'retry-later' | 'unknown' {
  if (error.kind === 'malformed' && error.status !== undefined && error.status >= 200 && error.status < 300) {
    return 'unknown';
  }
  if (
    error.kind === 'validation' &&
    /already/i.test(JSON.stringify(error.fieldErrors ?? {}) + (error.apiMessage ?? ''))
  ) {
    return 'already-done';
  }
  if (
    error.kind === 'validation' ||
    error.kind === 'not-found' ||
    error.kind === 'forbidden' ||
    error.kind === 'malformed'
  ) {
    return 'failed';
  }
  return 'retry-later';
}
