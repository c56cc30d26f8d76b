/**
 * Start times of sessions over the 90 days before `now`, shaped like B2B traffic: working days and
 * Czech office hours (given in UTC), a quiet weekend. Returned sorted, oldest first.
 */
import { type Rng, sampler } from './prng';

export const DAY = 86_400;
const HISTORY_DAYS = 90;
/** The newest session starts at least this long before `now`, so none ends in the future. */
const NEWEST_GAP = 3 * 3600;

/** Weight of each UTC hour; Prague office hours are roughly 06–16 UTC. */
const pickHour = sampler(
  Array.from({ length: 24 }, (_, hour) => {
    const weight = hour >= 6 && hour <= 15 ? 10 : hour === 5 || hour === 16 || hour === 17 ? 4 : 1;
    return [hour, weight] as const;
  }),
);

/** 1970-01-01 was a Thursday: (days + 4) % 7 gives 0 = Sunday … 6 = Saturday without a Date. */
function isWeekend(unixSeconds: number): boolean {
  const weekday = (Math.floor(unixSeconds / DAY) + 4) % 7;
  return weekday === 0 || weekday === 6;
}

export function sessionStartTimes(rng: Rng, count: number, nowSeconds: number): Float64Array {
  const earliest = nowSeconds - HISTORY_DAYS * DAY;
  const latest = nowSeconds - NEWEST_GAP;
  const firstMidnight = Math.floor(earliest / DAY) * DAY;
  const starts = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let t: number;
    do {
      const midnight = firstMidnight + rng.int(0, HISTORY_DAYS) * DAY;
      t = midnight + pickHour(rng) * 3600 + rng.int(0, 3599);
    } while (t < earliest || t > latest || (isWeekend(t) && !rng.chance(0.25)));
    starts[i] = t;
  }
  return starts.sort();
}
