/** Small text helpers for turning Czech names into plausible domains and e-mail local parts. */

/** "Žďár" → "Zdar": strips combining marks after NFD decomposition. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** "Pekárna Novák" → "pekarna-novak" (ASCII letters, digits and single dashes). */
export function slugify(text: string, separator = '-'): string {
  return foldDiacritics(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((part) => part !== '')
    .join(separator);
}

/** Formats digits in groups of three as Czech and Slovak numbers are written: "602 123 456". */
export function groupDigits(digits: string): string {
  return digits.replace(/(\d{3})(?=\d)/g, '$1 ');
}
