/**
 * DRF's SimpleRateThrottle, per scope: a sliding window of request times per client key. A request
 * is refused once the window holds `requests` entries; the wait is DRF's estimate
 * (remaining window / available requests), and refused requests are not recorded.
 */
import type { Scope } from '../api/scopes';
import type { Rate } from './rate';

export type ThrottleResult = { allowed: true } | { allowed: false; waitSeconds: number };

export class ScopedThrottle {
  private readonly rates: Map<Scope, Rate>;
  /** `${scope} ${key}` → request times in ms, newest first (DRF keeps the same order). */
  private readonly history = new Map<string, number[]>();

  constructor(rates: ReadonlyMap<Scope, Rate>) {
    this.rates = new Map(rates);
  }

  rateFor(scope: Scope): Rate | undefined {
    return this.rates.get(scope);
  }

  setRate(scope: Scope, rate: Rate | undefined): void {
    if (rate) this.rates.set(scope, rate);
    else this.rates.delete(scope);
  }

  check(scope: Scope, key: string, nowMs: number): ThrottleResult {
    const rate = this.rates.get(scope);
    if (!rate) return { allowed: true };
    const id = `${scope} ${key}`;
    const windowMs = rate.seconds * 1000;
    const history = (this.history.get(id) ?? []).filter((t) => t > nowMs - windowMs);
    if (history.length >= rate.requests) {
      this.history.set(id, history);
      const oldest = history[history.length - 1] ?? nowMs;
      const remaining = rate.seconds - (nowMs - oldest) / 1000;
      const available = rate.requests - history.length + 1;
      return { allowed: false, waitSeconds: available > 0 ? remaining / available : remaining };
    }
    history.unshift(nowMs);
    this.history.set(id, history);
    return { allowed: true };
  }

  reset(): void {
    this.history.clear();
  }
}
