import type { ApiScope } from '../../shared/api/request';

/** When each scope may be sent to again (epoch ms). Missing scope = not throttled. */
export type ThrottleDeadlines = Partial<Record<ApiScope, number>>;

/**
 * Where throttle deadlines are kept. The MV3 worker is stopped when idle; a restarted worker must
 * not send early into a throttled scope, so deadlines live in extension storage, not only memory.
 */
export interface ThrottleStore {
  load(): Promise<ThrottleDeadlines>;
  save(deadlines: ThrottleDeadlines): Promise<void>;
}
