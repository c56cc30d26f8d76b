/**
 * The sandbox's clock while it serves: it starts at the data's `now` and runs at real speed. Records
 * made at run time (blacklist entries) then follow the seeded ones on one timeline even when `--now`
 * is years from the wall clock, and throttle windows measure real elapsed time (a monotonic clock,
 * so a wall-clock jump cannot open or close a window).
 */
export function runningClock(start: Date, elapsedMs: () => number = () => performance.now()): () => Date {
  const origin = elapsedMs();
  return () => new Date(start.getTime() + Math.floor(elapsedMs() - origin));
}
