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

/**
 * Forms grouped by their last two code units (folded text is ASCII: index `second * 128 + last`),
 * longest first ("spol s r o" before "s r o"): a name's ending selects the one to three forms
 * worth comparing with an array read, where a name ending in "o" used to compare ten.
 */
const BY_ENDING: readonly (readonly string[] | undefined)[] = (() => {
  // Filled up front: an array written at scattered indices would be a slow dictionary.
  const grouped: (string[] | undefined)[] = new Array(128 * 128).fill(undefined);
  // Every form has two code units or more.
  for (const form of LEGAL_FORMS) {
    const ending = form.charCodeAt(form.length - 2) * 128 + form.charCodeAt(form.length - 1);
    grouped[ending] = [...(grouped[ending] ?? []), form];
  }
  for (const forms of grouped) forms?.sort((a, b) => b.length - a.length);
  return grouped;
})();

/**
 * Length of the legal form that ends folded text `codes[0, end)` (words separated by single
 * spaces), or 0 if none does. The form must be whole words: "s r o" ends "novak s r o" but
 * "as" does not end "atlas". Callers loop, since forms stack ("s.r.o. v likvidaci").
 */
export function trailingLegalFormLength(codes: Uint16Array, end: number): number {
  if (end < 1) return 0;
  const last = codes[end - 1]!;
  const second = end > 1 ? codes[end - 2]! : 32;
  if (last >= 128 || second >= 128) return 0;
  const forms = BY_ENDING[second * 128 + last];
  if (forms === undefined) return 0;
  for (const form of forms) {
    const start = end - form.length;
    if (start < 0 || (start > 0 && codes[start - 1] !== 32)) continue;
    let i = form.length - 3;
    while (i >= 0 && codes[start + i] === form.charCodeAt(i)) i -= 1;
    if (i < 0) return form.length;
  }
  return 0;
}
