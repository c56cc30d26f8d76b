/**
 * Saving state that is kept in memory and, for a restarted worker, in storage. Callers change the
 * memory and go on at once; saves run one at a time and write the state as it is when they run, so
 * a save asked for while another is queued adds nothing (the queued one writes the latest). A
 * failed save is recorded; the memory stays right and the next change saves again.
 */
import { recordFailure } from './diagnostics/failures';
import { createSerializer } from './serialize';

export interface CoalescedSave {
  /** Saves the state soon (after any save in progress). */
  request(): void;
  /** Resolves once what was asked for so far is in storage, or its failure recorded. */
  saved(): Promise<void>;
}

export function createCoalescedSave(write: () => Promise<void>, failureContext: string): CoalescedSave {
  const serialize = createSerializer();
  let queued = false;
  let last: Promise<void> = Promise.resolve();
  return {
    request() {
      if (queued) return;
      queued = true;
      last = serialize(() => {
        queued = false;
        return write();
      }).catch(recordFailure(failureContext));
    },
    saved: () => last,
  };
}
