/**
 * A trailing debounce with a ceiling: a burst of DOM mutations runs the task once, `delay` after the
 * last one, but a page that never stops mutating still gets it every `maxWait`. Timers go through
 * the content script context, so they die with it.
 */
export interface Timers {
  setTimeout(handler: () => void, timeout?: number): number;
}

export function debounced(timers: Timers, task: () => void, delay: number, maxWait: number) {
  let timer: number | undefined;
  let firstCall: number | undefined;
  const run = () => {
    timer = undefined;
    firstCall = undefined;
    task();
  };
  return {
    schedule(): void {
      const now = Date.now();
      firstCall ??= now;
      if (timer !== undefined) clearTimeout(timer);
      const wait = Math.max(0, Math.min(delay, firstCall + maxWait - now));
      timer = timers.setTimeout(run, wait);
    },
    cancel(): void {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      firstCall = undefined;
    },
  };
}
