/**
 * Czech IČO (identifikační číslo osoby; Slovak IČO follows the same scheme): 8 digits whose last
 * is a mod-11 check digit. Pages write it as "123 45 678", "IČ: 12345678", or drop the leading
 * zeros of older numbers; we pad 6–7 digit forms back to 8 (shorter ones are too often some other
 * number to be worth the false positives).
 */

import { ICO_LABEL } from './ico-labels';

const MAX_ICO_TEXT_LENGTH = 40;

/**
 * Mod-11 check: weights 8…2 over the first 7 digits, check digit (11 − sum mod 11) mod 10. On the
 * number, since IČOs with leading zeros are just smaller numbers.
 */
function isValidIcoNumber(ico: number): boolean {
  let rest = Math.floor(ico / 10);
  let sum = 0;
  for (let weight = 2; weight <= 8; weight += 1) {
    sum += (rest % 10) * weight;
    rest = Math.floor(rest / 10);
  }
  return (11 - (sum % 11)) % 10 === ico % 10;
}

/**
 * The IČO in `text` as a number, if `text` holds only 6–8 digits and whitespace and passes the
 * checksum; 0 otherwise (0 itself never passes). One pass, no allocation: the matcher runs this
 * on every query's IČO clue.
 */
export function icoNumber(text: string): number {
  if (text.length > MAX_ICO_TEXT_LENGTH) return 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digits += 1;
    } else if (!isWhitespace(code)) return 0;
  }
  if (digits < 6 || digits > 8) return 0;
  return isValidIcoNumber(value) ? value : 0;
}

function isWhitespace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/** The 8-digit IČO in `text` (digits and whitespace only), or `undefined` if it is not a valid one. */
function normalizeIco(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const ico = icoNumber(text);
  return ico === 0 ? undefined : String(ico).padStart(8, '0');
}

// Labels that introduce an IČO. The look-behind keeps "IČ" inside "DIČ" (the VAT number) from
// counting; "IČ DPH" (the Slovak VAT number) does not match because "DPH" sits between label and
// digits. Separators are bounded ({0,4}) so a label followed by a huge run of spaces stays linear.
const LABEL = ICO_LABEL; // one list for the matcher and the page readers (ico-labels.ts)
/** 6–8 digits, optionally grouped by single spaces ("123 45 678"), not part of a longer number. */
const GROUPED_DIGITS = '(\\d(?:[ \\u00a0]?\\d){5,7})(?![ \\u00a0]?\\d)';
const LABELLED = new RegExp(`(?<![\\p{L}\\p{N}])${LABEL}\\s{0,4}[:.#-]?\\s{0,4}${GROUPED_DIGITS}`, 'giu');
// Without a label only a full 8-digit run counts (optionally as a Czech VAT number "CZ12345678",
// which for companies is the IČO), and not one inside a longer token, a decimal ("12345678,50")
// or a date/range ("20240115-…"): a random 6–7 digit number passes the checksum one time in 11.
const UNLABELLED = /(?<![\p{L}\p{N}+/.,-])(?:CZ)?(\d{8})(?![\p{L}\p{N}]|[.,/-]\d)/giu;

/** Longer text is not a page fragment someone would scan for one company's IČO. */
const MAX_TEXT_LENGTH = 100_000;

/**
 * Valid IČOs in free text, deduplicated: those after a label ("IČO:", "IČ", "IC:", "ID No.",
 * "Company ID", "Identifikační číslo") first, in order of appearance, then unlabelled 8-digit
 * numbers that pass the checksum.
 */
export function findIcos(text: unknown): string[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const source = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const found = new Set<string>();
  for (const match of source.matchAll(LABELLED)) {
    const ico = normalizeIco(match[1]);
    if (ico !== undefined) found.add(ico);
  }
  for (const match of source.matchAll(UNLABELLED)) {
    const ico = normalizeIco(match[1]);
    if (ico !== undefined) found.add(ico);
  }
  return [...found];
}
