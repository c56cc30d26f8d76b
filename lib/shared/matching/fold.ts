/**
 * Case- and accent-insensitive words, shared by company and person names: "Pekárna NOVÁK" and
 * "pekarna novak" must meet. NFKD also unifies compatibility forms (fullwidth letters, ligatures).
 */

/** Letters NFKD leaves as they are; mapped by hand so Polish, Nordic or German names fold too. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};

/**
 * Invisible characters that must not split a word: soft hyphen, zero-width (non-)joiners, word
 * joiner, BOM, and bidi controls (hostile pages use U+202E to make text render reversed), and
 * trademark signs, which NFKD would otherwise turn into letters ("Firma™" → "firmatm").
 */
const DROPPED_CHARS =
  /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2122\u2120\u00ae\u00a9]/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const UNDECOMPOSED = /[łđøßæœıþð]/g;
/** Runs of letters and digits, and '&' as a word of its own: everything else separates words. */
const WORDS = /[\p{L}\p{N}]+|&/gu;

/** Folded words: "„Řezník“ & Syn, s.r.o." → ["reznik", "&", "syn", "s", "r", "o"]. */
export function foldedWords(text: string): string[] {
  const folded = text
    .replace(DROPPED_CHARS, '')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED, (c) => UNDECOMPOSABLE[c] ?? c);
  return folded.match(WORDS) ?? [];
}
