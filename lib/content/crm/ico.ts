/**
 * IČO (Czech/Slovak company number) in running text, only right after a label: "IČO: 270 82 536",
 * "<dt>IČ</dt><dd>27082536</dd>", "Reg. no. 27082536" (the labels: matching/ico-labels.ts). A bare
 * 8-digit number is far too common (phone numbers, order ids) to be read as an IČO without its
 * label. The checksum is left to matching.
 */
import { ICO_LABEL } from '../../shared/matching/ico-labels';
import { cleanIco } from './clues';

export interface IcoMention {
  ico: string;
  /** The element whose text holds the number. */
  anchor: Element;
}

// "DIČ" (VAT number) and "IČ DPH" (Slovak VAT) must not count: the label may not follow a letter,
// and the number has to come right after it.
const LABEL = new RegExp(`(?<![\\p{L}\\p{N}])${ICO_LABEL}(?![\\p{L}\\p{N}])\\s*[:.]?\\s*`, 'giu');
const NUMBER_AT_START = /^(\d[\d \u00a0]{4,12}\d)(?![\d])/;
/** Cheap pre-filter so most text nodes never run the label regex. */
const MAYBE_LABEL = /I[ČC]|ID|REG/i;
const SKIPPED_PARENTS = new Set(['script', 'style', 'noscript', 'textarea', 'template']);
const SHOW_TEXT = 4;

function numberAtStart(text: string): string | undefined {
  const match = NUMBER_AT_START.exec(text);
  return match?.[1] === undefined ? undefined : cleanIco(match[1].replace(/\u00a0/g, ' '));
}

/** How far past a label the value may sit (label, separator, value in three elements at most). */
const LOOKAHEAD = 3;
/** Whitespace or a lone colon between label and value ("<span>IČO</span><span>:</span>"). */
const SEPARATOR_ONLY = /^[\s:.]*$/;

function nextNonBlank(texts: readonly Text[], index: number): Text | undefined {
  for (let next = index + 1; next < texts.length && next <= index + LOOKAHEAD; next++) {
    const candidate = texts[next];
    if (candidate && !SEPARATOR_ONLY.test(candidate.data)) return candidate;
  }
  return undefined;
}

/**
 * Every labelled IČO below `root`, in document order. `isHidden` filters the few candidates found,
 * so hidden tabs cost nothing per text node.
 */
export function findIcoMentions(
  doc: Document,
  root: Element,
  isHidden: (el: Element) => boolean,
): IcoMention[] {
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !SKIPPED_PARENTS.has(parent.localName)) texts.push(node as Text);
  }
  const found: IcoMention[] = [];
  texts.forEach((node, index) => {
    const text = node.data;
    if (!MAYBE_LABEL.test(text)) return;
    for (const label of text.matchAll(LABEL)) {
      const rest = text.slice((label.index ?? 0) + label[0].length);
      let ico: string | undefined;
      let holder: Text | undefined = node;
      if (rest.trim()) {
        ico = numberAtStart(rest);
      } else {
        // Label and value in neighbouring elements: the value is the next non-blank text.
        holder = nextNonBlank(texts, index);
        ico = holder ? numberAtStart(holder.data.trim()) : undefined;
      }
      const anchor = holder?.parentElement;
      if (ico && anchor && !isHidden(anchor)) found.push({ ico, anchor });
    }
  });
  return found;
}
