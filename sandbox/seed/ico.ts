/**
 * Czech IČO (company registration number): 8 digits, the last a mod-11 check digit over the first 7
 * with weights 8..2. Check digit = (11 - sum % 11) % 10, which maps remainder 0 to 1 and 1 to 0.
 * The extension may validate IČOs, so every seeded one must pass this check.
 */
import type { Rng } from './prng';

function icoCheckDigit(firstSeven: string): number {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(firstSeven[i]) * (8 - i);
  return (11 - (sum % 11)) % 10;
}

/** Registered companies mostly have IČOs starting 2–7; a leading zero is kept (IČO is a string). */
export function randomIco(rng: Rng): string {
  const firstSeven = String(rng.int(0, 7_999_999)).padStart(7, '0');
  return firstSeven + String(icoCheckDigit(firstSeven));
}
