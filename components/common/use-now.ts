import { useEffect, useState } from 'preact/hooks';

/** The current time, re-read every `intervalMs`, so "5 min ago" texts keep up while the popup is open. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
