/**
 * Reading text from untrusted pages: text only (never markup), whitespace collapsed, invisible
 * formatting characters dropped, length capped.
 */

/** Longest text we keep from one element; names and URLs are far shorter. */
const MAX_TEXT = 300;

// Control characters (other than whitespace) and format characters (zero-width spaces, bidi
// overrides, BOM): they can hide or reorder what a person sees, and are never part of a real name,
// address or number.
const INVISIBLE = /\p{Cf}|(?!\s)\p{Cc}/gu;

/**
 * Latin, Greek and Cyrillic letters, digits, punctuation and whitespace: text made only of these has
 * no invisible characters, and the (slower) Unicode-property scan is skipped.
 */
const PLAIN = /^[\s\x20-\x7e\u00a0-\u00ac\u00ae-\u05ff]*$/;

/** Trims, collapses whitespace, drops invisible characters and caps the result at `max` characters. */
export function collapse(raw: string, max = MAX_TEXT): string {
  // Bound the work on huge inputs before running the regexes over them.
  let text = raw.length > max * 8 ? raw.slice(0, max * 8) : raw;
  if (!PLAIN.test(text)) text = text.replace(INVISIBLE, '');
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length > max) {
    text = text.slice(0, max);
    // Never leave half of a surrogate pair at the cut.
    if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1);
    text = text.trimEnd();
  }
  return text;
}

const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);

// Block-level boundaries read as a space, so "<div>Jan</div><div>Novák</div>" is not "JanNovák".
const BLOCK_TAGS = new Set([
  'br',
  'div',
  'p',
  'li',
  'td',
  'th',
  'tr',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** Screen-reader-only text ("Open Strojírny Preview") duplicates or decorates the visible value. */
function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName) || el.hasAttribute('hidden')) return true;
  const classes = el.classList;
  return classes.contains('slds-assistive-text') || classes.contains('assistiveText');
}

function isFormControl(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  return el.localName === 'input' || el.localName === 'textarea';
}

/**
 * The visible text of an element (the value of an input or textarea), cleaned by `collapse`.
 * Falls back to the element's open shadow root when its light DOM holds no text.
 */
export function readText(el: Element, max = MAX_TEXT): string {
  if (isFormControl(el)) return collapse(el.value ?? '', max);
  // Most name cells and links hold a single text node: no walk needed.
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3) return collapse((only as Text).data, max);
  const parts: string[] = [];
  let length = 0;
  const budget = max * 4;
  const walk = (parent: ParentNode): void => {
    for (let node = parent.firstChild; node && length < budget; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        parts.push(data);
        length += data.length;
      } else if (node.nodeType === 1) {
        const child = node as Element;
        if (isSkipped(child)) continue;
        const block = BLOCK_TAGS.has(child.localName);
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  walk(el);
  if (length === 0 && el.shadowRoot) walk(el.shadowRoot);
  return collapse(parts.join(''), max);
}

/** An editable title may be a wrapper around the input that holds the value (Pipedrive's header). */
export function readTitle(el: Element, max = MAX_TEXT): string {
  if (!isFormControl(el)) {
    const control = el.querySelector('input, textarea');
    if (control) {
      const value = readText(control, max);
      if (value) return value;
    }
  }
  return readText(el, max);
}
