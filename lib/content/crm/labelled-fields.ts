/**
 * Fields a record page labels: "IČ:" | 27082539 in two table cells, <dt>Web</dt><dd>…</dd>,
 * <label>E-mail</label><span>…</span> (the value is always the label's next element). Pages without DOM hooks (Raynet, sites the user added) say
 * what a value is only through its label, and a labelled IČO, website or e-mail identifies the record
 * the page shows even when nothing marks its name as a heading (issue 11).
 */
import { cleanIco, icoDigits } from './clues';
import { type FieldMeaning, fieldMeaning } from './field-labels';
import { emailIn, websiteIn } from './links';
import type { Scope } from './query';
import * as g from './selectors/generic';
import { readText } from './text';

interface LabelledValue {
  value: string;
  /** The element holding the value: its link when it has one, else the value element. */
  anchor: Element;
}

/** Every labelled value of each meaning, in page order, one per distinct value. */
export type LabelledFields = Record<FieldMeaning, LabelledValue[]>;

/** Labels are short; longer text is a sentence, not a label. */
const MAX_LABEL = 40;

function read(meaning: FieldMeaning, el: Element): LabelledValue | undefined {
  if (meaning === 'ico') {
    const value = cleanIco(readText(el, 40));
    return value ? { value, anchor: el } : undefined;
  }
  const value = meaning === 'website' ? websiteIn(el) : emailIn(el);
  if (!value) return undefined;
  const link = el.localName === 'a' ? el : el.querySelector('a[href]');
  return { value, anchor: link ?? el };
}

function sameValue(meaning: FieldMeaning, a: string, b: string): boolean {
  if (meaning === 'ico') return icoDigits(a) === icoDigits(b);
  return a.toLowerCase() === b.toLowerCase();
}

/** The labelled IČOs, websites and e-mails below the scope's root, outside the site's chrome. */
export function labelledFields(scope: Scope): LabelledFields {
  const fields: LabelledFields = { ico: [], website: [], email: [] };
  for (const label of scope.root.querySelectorAll(g.fieldLabel)) {
    // Most candidates are list cells and running text: the length check spares them the label regex.
    if ((label.textContent ?? '').length > MAX_LABEL * 2) continue;
    const meaning = fieldMeaning(readText(label, MAX_LABEL));
    // The value is the next element: the paired `dd`, the next cell, the element after a `label`.
    const valueEl = meaning && label.nextElementSibling;
    // A header row ("IČ | Web | E-mail") pairs labels with labels, never with values.
    if (!meaning || !valueEl || fieldMeaning(readText(valueEl, MAX_LABEL))) continue;
    if (label.closest(g.siteChrome) || scope.isHidden(valueEl)) continue;
    const found = read(meaning, valueEl);
    if (found && !fields[meaning].some((known) => sameValue(meaning, known.value, found.value))) {
      fields[meaning].push(found);
    }
  }
  return fields;
}
