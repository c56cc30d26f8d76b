/**
 * The instant tests run at. The sandbox seeds its data relative to it and the extension's code gets a
 * clock starting at it, so which records exist, and which a test picks, never depend on when the
 * suite runs (issue 11: a test failed at 09:20 UTC and passed at 08:20). `npm run test:clocks` checks.
 */
export const FIXED_NOW = new Date('2025-06-01T12:00:00Z');

/**
 * A clock that starts at `start` and runs at real speed, for code that also waits on real timers
 * (a queue honouring Retry-After would wait forever on a stopped clock). Monotonic underneath.
 */
export function clockFrom(start: Date): () => number {
  const origin = performance.now();
  return () => start.getTime() + Math.floor(performance.now() - origin);
}
