import type { LeadyErrorData } from '../../api/errors';
import type { AuthStatus } from './auth';

/** What the background tells open extension pages (popup, options) without being asked. */
export type BackgroundEvent =
  | { event: 'auth.changed'; status: AuthStatus }
  | { event: 'sync.changed'; running: boolean; lastSuccessAt?: number; error?: LeadyErrorData }
  | { event: 'cache.changed' }
  /** Companies hidden right now; content scripts get it too, so badges on open tabs update at once. */
  | { event: 'blacklist.changed'; companyIds: number[] };

export function isBackgroundEvent(value: unknown): value is BackgroundEvent {
  return (
    typeof value === 'object' && value !== null && typeof (value as { event?: unknown }).event === 'string'
  );
}
