/**
 * The element that names the record on a detail page. The page heading when there is one; Raynet
 * publishes no DOM hooks and nothing guarantees an `h1` (crm-dom.md § Raynet), so otherwise the most
 * prominent title-like element: the one the tab title names, a lower heading, an element classed or
 * styled as a title. Names shown in upper case ("STROJÍRNY ŽĎÁR A.S.") are compared without case.
 * Example: https://app.raynet.cz/acme/?view=DetailView&en=Company&ei=7
 */
import { cleanEmail, cleanName, cleanWebsite } from './clues';
import { fieldMeaning } from './field-labels';
import type { Scope } from './query';
import * as g from './selectors/generic';
import { collapse, readText } from './text';

/** The page heading, unless it sits in the site's navigation or footer. */
export function pageHeading(scope: Scope): Element | undefined {
  const heading = scope.first(g.heading);
  return heading && !heading.closest(g.siteChrome) ? heading : undefined;
}

/** Longest text taken for a name; longer text is a description, not a title. */
const MAX_NAME = 120;
/** "Strojírny Žďár a.s. | RAYNET CRM", "Jan Novák - Pipedrive", "Firma – Katalog firem". */
const TITLE_SEPARATOR = /\s+[|–—-]\s+/;
const LETTER = /\p{L}/u;

function folded(text: string): string {
  return collapse(text).toLocaleLowerCase('cs');
}

/** The record name the tab title starts with, folded. */
function tabTitleName(doc: Document): string | undefined {
  const [first] = doc.title.split(TITLE_SEPARATOR);
  return first ? folded(first) || undefined : undefined;
}

/** Text that can be a record's name: letters, not a field label, not an address or a website. */
export function nameText(el: Element): string | undefined {
  const name = cleanName(readText(el, MAX_NAME + 1));
  if (!name || name.length > MAX_NAME || !LETTER.test(name) || name.endsWith(':')) return undefined;
  if (fieldMeaning(name) || cleanEmail(name) || cleanWebsite(name)) return undefined;
  return name;
}

const TAG_SCORE: Readonly<Record<string, number>> = { h2: 40, h3: 30, h4: 20 };
/** Default body text size: anything larger is set apart as a title. */
const BODY_FONT_PX = 16;

function styleScore(el: Element): number {
  const style = el.ownerDocument.defaultView?.getComputedStyle?.(el);
  if (!style) return 0;
  const size = Number.parseFloat(style.fontSize);
  const weight = style.fontWeight === 'bold' ? 700 : Number.parseFloat(style.fontWeight);
  // Size sets a title apart more than any class name: a point of size weighs three.
  return (size > BODY_FONT_PX ? Math.min(size - BODY_FONT_PX, 20) * 3 : 0) + (weight >= 600 ? 5 : 0);
}

/** How much an element looks like the page's title; 0 or less is not a title. */
function prominence(el: Element, name: string, tabName: string | undefined): number {
  let score = TAG_SCORE[el.localName] ?? 0;
  if (el.getAttribute('role') === 'heading') score += 30;
  const cls = el.getAttribute('class') ?? '';
  if (/title|heading|name/i.test(cls)) score += 10;
  score += styleScore(el);
  if (tabName && folded(name) === tabName) score += 100;
  // A value in a field table or a list row is data, not the page's title.
  if (el.closest('td, dd, li')) score -= 30;
  return score;
}

/**
 * The element naming the record: the heading, else the most prominent title-like element (the first
 * of equals), or undefined when nothing stands out. `skip` leaves out elements handled otherwise
 * (list rows).
 */
export function recordTitle(
  scope: Scope,
  doc: Document,
  skip?: (el: Element) => boolean,
): Element | undefined {
  const heading = pageHeading(scope);
  if (heading) return heading;
  const tabName = tabTitleName(doc);
  let best: { el: Element; score: number } | undefined;
  for (const el of scope.all([g.titleLike], skip)) {
    if (el.closest(g.siteChrome)) continue;
    const name = nameText(el);
    const score = name ? prominence(el, name, tabName) : 0;
    // Of equals the first, but an element inside the best one is closer to the name's text.
    if (score > 0 && (!best || score > best.score || (score === best.score && best.el.contains(el)))) {
      best = { el, score };
    }
  }
  return best?.el;
}
