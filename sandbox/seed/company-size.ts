/**
 * Employee count and turnover drawn together, so the magnitude and turnover labels of a company agree
 * with each other and with the code lists (the label is always an entry's exact `name`).
 */
import { type CodeListEntry, type CountryCode, codeListFor, MAGNITUDES, TURNOVERS } from './code-lists';
import type { Rng } from './prng';

export interface CompanySize {
  magnitude: string | null;
  turnover: string | null;
  turnover_numeric: number | null;
}

/** Most visitors are small firms; a few are large. [min, max] employees with weight. */
const EMPLOYEE_SPREAD: readonly (readonly [readonly [number, number], number])[] = [
  [[0, 0], 4],
  [[1, 5], 22],
  [[6, 9], 14],
  [[10, 24], 20],
  [[25, 49], 14],
  [[50, 99], 10],
  [[100, 249], 8],
  [[250, 999], 5],
  [[1000, 6000], 3],
];

function bandOf(list: readonly CodeListEntry[], value: number): CodeListEntry | undefined {
  return list.find((entry) => value >= entry.min && (entry.max === null || value <= entry.max));
}

export function randomCompanySize(rng: Rng, country: CountryCode): CompanySize {
  const [min, max] = rng.weighted(EMPLOYEE_SPREAD);
  const employees = rng.int(min, max);
  // Revenue per employee 0.8–4 mil. CZK; one-person firms still invoice something.
  const czk = Math.max(1, employees) * (800_000 + rng.next() * 3_200_000);
  const amount = country === 'SK' ? czk / 25 : czk;
  const rounded = Math.round(amount / 1000) * 1000;
  const turnoverBand = bandOf(codeListFor(TURNOVERS, country), rounded);
  const magnitudeBand = bandOf(codeListFor(MAGNITUDES, country), employees);
  // Leady lacks these figures for some firms (new ones, associations).
  const knownTurnover = rng.chance(0.9);
  return {
    magnitude: rng.chance(0.94) ? (magnitudeBand?.name ?? null) : null,
    turnover: knownTurnover ? (turnoverBand?.name ?? null) : null,
    turnover_numeric: knownTurnover ? rounded : null,
  };
}
