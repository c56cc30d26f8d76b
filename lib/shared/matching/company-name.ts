/**
 * Company-name key: "Pekárna Novák, s.r.o." and "PEKARNA NOVAK spol. s r. o." are one company to a
 * human, so they must be one key. The weakest key: only used when no IČO or domain decides.
 */
import { foldedWords } from './fold';
import { trailingLegalFormWords } from './legal-forms';

/** Longer text is a paragraph, not a company name; refusing it keeps hostile input cheap. */
const MAX_NAME_LENGTH = 300;
/** "Novák a syn", "Novák & Syn", "Novák and Son", "Novák und Sohn", "Novák et fils". */
const CONNECTORS: ReadonlySet<string> = new Set(['a', '&', 'et', 'and', 'und']);

/**
 * Folded words without trailing legal forms, connectors unified to '&', separated by single
 * spaces. `undefined` when nothing identifying is left: empty text, punctuation or emoji only, or
 * a name that is nothing but a legal form ("s.r.o.") — an empty key would match every empty name.
 */
export function normalizeCompanyName(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.length > MAX_NAME_LENGTH) return undefined;
  const words = foldedWords(name);
  let end = words.length;
  for (;;) {
    const form = trailingLegalFormWords(words, end);
    if (form === 0) break;
    // A name that is only a legal form identifies nothing. A form that would leave nothing after
    // others were stripped is part of the name instead ("Spa s.r.o." → "spa").
    if (form === end) {
      if (end === words.length) return undefined;
      break;
    }
    end -= form;
  }
  const kept = words.slice(0, end).map((word) => (CONNECTORS.has(word) ? '&' : word));
  if (kept.every((word) => word === '&')) return undefined;
  return kept.join(' ');
}
