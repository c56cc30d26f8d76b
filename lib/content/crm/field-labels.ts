/**
 * What a labelled field holds, from its label. A last resort: crm-dom.md lesson 3 says field meaning
 * should come from API names, but Pipedrive custom fields (where teams keep the IČO and often the
 * website) exist only as the label someone typed. Czech and English spellings are recognised.
 */
import { ICO_LABEL } from '../../shared/matching/ico-labels';
import { collapse } from './text';

export type FieldMeaning = 'website' | 'email' | 'ico';

const MEANINGS: ReadonlyArray<readonly [FieldMeaning, RegExp]> = [
  ['ico', new RegExp(`^${ICO_LABEL}$`, 'iu')],
  ['website', /^(?:web|website|web site|webové stránky|www|url|homepage|stránky|webová adresa)$/iu],
  ['email', /^(?:e-?mail|e-?mail address|e-mailová adresa)(?: \(.{1,20}\))?$/iu],
];

/** The meaning of a field label ("IČO:", "Website *", "Email (Work)"), if it is one we read. */
export function fieldMeaning(label: string): FieldMeaning | undefined {
  const clean = collapse(label, 60).replace(/[\s:*]+$/, '');
  return MEANINGS.find(([, pattern]) => pattern.test(clean))?.[0];
}
