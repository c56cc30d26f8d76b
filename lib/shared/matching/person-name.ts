/**
 * Person-name key: CRMs show "Ing. Jan Novák, Ph.D.", "NOVÁK Jan" and "Novák, Jan" for one person,
 * so the key is the sorted set of folded name words without academic titles or salutations.
 * Only ever compared within one company's people, where first name + surname is distinctive.
 */
import { foldedWords } from './fold';

const MAX_NAME_LENGTH = 200;

/** Czech/Slovak academic titles and common salutations, as folded words ("Ph.D." is [ph, d]). */
const TITLES: ReadonlySet<string> = new Set([
  'bc',
  'bca',
  'ing',
  'mgr',
  'mga',
  'mudr',
  'mddr',
  'mvdr',
  'judr',
  'phdr',
  'rndr',
  'pharmdr',
  'paeddr',
  'thdr',
  'thlic',
  'thmgr',
  'rsdr',
  'dr',
  'drsc',
  'csc',
  'phd',
  'dsc',
  'dis',
  'mba',
  'mpa',
  'msc',
  'bsc',
  'llm',
  'llb',
  'doc',
  'prof',
  'dipl',
  'mr',
  'mrs',
  'ms',
  'pan',
  'pani',
  // "Mgr. et Mgr.", "MUDr. et MUDr.": the "and" between two titles of one kind
  'et',
]);

/** Second words of two-word titles, removed only right after their first word. */
const TITLE_SECOND_WORDS: ReadonlyMap<string, string> = new Map([
  ['ph', 'd'], // Ph.D.
  ['th', 'd'], // Th.D.
  ['ing', 'arch'], // Ing. arch.
  ['ll', 'm'], // LL.M.
]);

/** Sorted, deduplicated name words without titles; `undefined` when no name word is left. */
export function normalizePersonName(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH) return undefined;
  const words = foldedWords(name);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const second = TITLE_SECOND_WORDS.get(word);
    if (second !== undefined && words[i + 1] === second) {
      i += 1;
      continue;
    }
    if (TITLES.has(word) || word === '&') continue;
    kept.push(word);
  }
  if (kept.length === 0) return undefined;
  kept.sort();
  let unique = 1;
  for (let i = 1; i < kept.length; i += 1) if (kept[i] !== kept[unique - 1]) kept[unique++] = kept[i]!;
  kept.length = unique;
  // join, not `+=`: concatenation builds a rope of cons-strings that the index would keep alive.
  return kept.join(' ');
}
