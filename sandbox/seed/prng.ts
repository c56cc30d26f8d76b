/**
 * Deterministic randomness for the seed data. Every generator draws from its own named stream
 * (`stream(seed, 'companies')`), so adding a draw in one generator never shifts the data of another
 * and the same seed always yields byte-identical API responses.
 */

/** xmur3-style string hash: turns a seed and a label into a well-mixed 32-bit stream seed. */
function hashSeed(seed: number, label: string): number {
  let h = (1779033703 ^ label.length ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h = Math.imul(h ^ label.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
}

/** mulberry32: tiny, fast and good enough for fake data (not for anything secret). */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (items) => {
      let total = 0;
      for (const [, w] of items) total += w;
      let roll = next() * total;
      for (const [item, w] of items) {
        roll -= w;
        if (roll < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new Error('weighted() from an empty list');
      return last[0];
    },
  };
  return rng;
}

/** A named, independent stream derived from the global seed. */
export function stream(seed: number, label: string): Rng {
  return mulberry32(hashSeed(seed, label));
}

/**
 * A precomputed weighted picker for hot loops (100 000 sessions × 15 actions): builds the cumulative
 * table once instead of summing the weights on every draw like Rng.weighted.
 */
export function sampler<T>(items: readonly (readonly [T, number])[]): (rng: Rng) => T {
  if (items.length === 0) throw new Error('sampler() over an empty list');
  const values = items.map(([value]) => value);
  const cumulative = new Float64Array(items.length);
  let total = 0;
  items.forEach(([, weight], index) => {
    total += weight;
    cumulative[index] = total;
  });
  return (rng) => {
    const roll = rng.next() * total;
    let index = 0;
    while (index < cumulative.length - 1 && (cumulative[index] as number) <= roll) index++;
    return values[index] as T;
  };
}
