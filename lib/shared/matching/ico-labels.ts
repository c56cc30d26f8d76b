/**
 * The one list of labels that introduce an IČO, in Czech, Slovak and English ("IČO", "IČ", "ID No.",
 * "Company ID", "Reg. no.", "Identifikační číslo"). The matcher reads labelled numbers in free text
 * with it, and the page readers recognise labelled fields and labelled numbers with it, so a label
 * added here counts everywhere. Regex source, meant for case-insensitive Unicode patterns; "DIČ"
 * (the VAT number) is kept out by the callers' look-behind, never by this list.
 */
const ICO_LABELS: readonly string[] = [
  'I[ČC]O',
  'I[ČC]',
  'ID\\.?\\s?No\\.?',
  'Company\\s?ID',
  'Company\\s(?:registration\\s)?(?:number|no\\.?)',
  'Reg(?:istration)?\\.?\\s?(?:number|no\\.?)',
  'Identifika[čc]n[íi]\\s[čc][íi]slo(?:\\sosoby)?',
  'Identifika[čc]n[ée]\\s[čc][íi]slo(?:\\sorganiz[áa]cie)?',
];

/** Any one IČO label, as a non-capturing group of regex source. */
export const ICO_LABEL = `(?:${ICO_LABELS.join('|')})`;
