/**
 * Rate strings like DRF's "100/day", extended with a multiplier so short windows can be tested:
 * "5/10s", "60/min", "2/5min", "1000/hour", "10000/day".
 */

export interface Rate {
  requests: number;
  /** Window length in seconds. */
  seconds: number;
  /** The string it was parsed from, for messages. */
  text: string;
}

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  s: 1,
  sec: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hour: 3600,
  hours: 3600,
  d: 86_400,
  day: 86_400,
  days: 86_400,
};

export function parseRate(text: string): Rate {
  const match = /^\s*(\d+)\s*\/\s*(\d+)?\s*([a-z]+)\s*$/i.exec(text);
  const unit = match?.[3] ? UNIT_SECONDS[match[3].toLowerCase()] : undefined;
  if (!match || unit === undefined) {
    throw new Error(`Invalid rate "${text}": expected N/PERIOD such as 60/min, 5/10s, 1000/day`);
  }
  const requests = Number(match[1]);
  const multiplier = match[2] === undefined ? 1 : Number(match[2]);
  if (requests < 1 || multiplier < 1) throw new Error(`Invalid rate "${text}": numbers must be at least 1`);
  return { requests, seconds: multiplier * unit, text: text.trim() };
}
