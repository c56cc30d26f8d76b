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

/** The forms as word lists, longest first ("spol s r o" before "s r o"). */
const FORM_WORDS: readonly (readonly string[])[] = LEGAL_FORMS.map((form) => form.split(' ')).sort(
  (a, b) => b.length - a.length,
);

/**
 * Number of words of the legal form that ends `words[0, end)`, or 0 if none does. The form must be
 * whole words: [s, r, o] ends [novak, s, r, o] but "as" does not end "atlas". Callers loop, since
 * forms stack ("s.r.o. v likvidaci").
 */
export function trailingLegalFormWords(words: readonly string[], end: number): number {
  for (const form of FORM_WORDS) {
    const start = end - form.length;
    if (start >= 0 && form.every((word, i) => words[start + i] === word)) return form.length;
  }
  return 0;
}
