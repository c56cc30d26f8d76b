/**
 * Legal-form suffixes, as folded words (see fold.ts): punctuation and spacing are already gone, so
 * "s.r.o.", "s. r. o." and "s.r.o" are all [s, r, o]. Dotless spellings people actually type
 * ("sro", "as") are listed too. Forms are only ever stripped from the end of a name.
 */
const LEGAL_FORMS: readonly string[] = [
  // Czech and Slovak
  's r o',
  'sro',
  's ro',
  'spol s r o',
  'spol s ro',
  'spol sro',
  'a s',
  'as',
  'k s',
  'v o s',
  'vos',
  'z s',
  'z u',
  'o p s',
  'ops',
  's p',
  'n o',
  'druzstvo',
  'v d',
  // Branches of foreign companies and companies being wound up, which follow the form itself:
  // "Firma GmbH, organizační složka", "Firma s.r.o. v likvidaci".
  'o z',
  'organizacni slozka',
  'organizacna zlozka',
  'odstepny zavod',
  'odstepny zavod zahranicnej osoby',
  'v likvidaci',
  'v likvidacii',
  'v konkurzu',
  'v insolvenci',
  // German / Austrian / Swiss
  'gmbh',
  'gesmbh',
  'ag',
  'kg',
  'ug',
  'gmbh & co kg',
  '& co kg',
  // English
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'llc',
  'llp',
  'corp',
  'corporation',
  'plc',
  // Other European forms seen on Czech/Slovak B2B pages
  'se',
  's a',
  'sa',
  's p a',
  'spa',
  's r l',
  'srl',
  's a s',
  'sas',
  'sarl',
  'b v',
  'bv',
  'n v',
  'nv',
  'oy',
  'ab',
  'sp z o o',
  'sp z oo',
  'spolka z o o',
  'kft',
  'zrt',
  'nyrt',
];

/** Forms as code units, grouped by their last code unit, longest first ("spol s r o" before "s r o"). */
const BY_LAST_CODE: ReadonlyMap<number, readonly string[]> = (() => {
  const grouped = new Map<number, string[]>();
  for (const form of LEGAL_FORMS) {
    const last = form.charCodeAt(form.length - 1);
    grouped.set(last, [...(grouped.get(last) ?? []), form]);
  }
  for (const forms of grouped.values()) forms.sort((a, b) => b.length - a.length);
  return grouped;
})();

/**
 * Length of the legal form that ends folded text `codes[0, end)` (words separated by single
 * spaces), or 0 if none does. The form must be whole words: "s r o" ends "novak s r o" but
 * "as" does not end "atlas". Callers loop, since forms stack ("s.r.o. v likvidaci").
 */
export function trailingLegalFormLength(codes: Uint16Array, end: number): number {
  const forms = BY_LAST_CODE.get(codes[end - 1] ?? -1);
  if (forms === undefined) return 0;
  for (const form of forms) {
    const start = end - form.length;
    if (start < 0 || (start > 0 && codes[start - 1] !== 32)) continue;
    let i = form.length - 2;
    while (i >= 0 && codes[start + i] === form.charCodeAt(i)) i -= 1;
    if (i < 0) return form.length;
  }
  return 0;
}
