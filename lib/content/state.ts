/**
 * What the overlay knows beyond the annotations themselves: badge summaries from the background,
 * companies hidden by the blacklist, and whether the user is signed in.
 */
import type { CompanySummary } from '../shared/messaging/protocol/page';
import type { AuthState } from '../shared/settings';

export interface OverlayState {
  summaries: Map<number, CompanySummary>;
  /** Blacklisted companies (pending or done): their badges are removed. */
  hidden: Set<number>;
  auth: AuthState;
}

export function createOverlayState(): OverlayState {
  return { summaries: new Map(), hidden: new Set(), auth: 'signed-in' };
}
