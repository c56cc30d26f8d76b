/**
 * Exponential backoff with "full jitter" around the nominal delay (0.5×–1.5×), so that many clients
 * retrying after the same outage do not hit the server in lockstep.
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const nominal = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(nominal * (0.5 + random()));
}
