import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * Whole seconds left until `deadline` (epoch ms), re-rendering every second; 0 once it has passed,
 * undefined without a deadline. Drives the "try again in N s" of a throttled request. The value is
 * computed on every render, so it is right from the first one, not only after the first tick.
 */
export function useCountdown(deadline: number | undefined): number | undefined {
  const [, setTick] = useState(0);
  // A layout effect starts the clock in the same commit that shows the first value.
  useLayoutEffect(() => {
    if (deadline === undefined) return;
    const timer = setInterval(() => {
      setTick((tick) => tick + 1);
      if (Date.now() >= deadline) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  return deadline === undefined ? undefined : Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
}
