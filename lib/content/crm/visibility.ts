/**
 * Single-page CRMs keep hidden tabs and stale views in the DOM (crm-dom.md, lesson 4). Visibility is
 * judged from attributes, not `getComputedStyle`: that is cheap enough for every row of a long list
 * and works the same in tests.
 */

/**
 * Ancestors that may hide: one `closest` with few simple selectors is the fast path for every row;
 * inline styles are then confirmed by `HIDING_STYLE` (so "border: none" or "overflow: hidden" do not
 * count).
 */
const CANDIDATES = [
  '[hidden]',
  '[aria-hidden="true"]',
  '[style*="display" i][style*="none" i]',
  '[style*="visibility" i][style*="hidden" i]',
].join(',');
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

function hides(el: Element, extra: string | undefined): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (extra && el.matches(extra)) return true;
  return HIDING_STYLE.test(el.getAttribute('style') ?? '');
}

/** Whether something between `el` and its (shadow) root hides it. */
function hiddenInTree(el: Element, selector: string, extra: string | undefined): boolean {
  for (
    let candidate = el.closest(selector);
    candidate;
    candidate = candidate.parentElement?.closest(selector) ?? null
  ) {
    if (hides(candidate, extra)) return true;
  }
  return false;
}

function shadowHost(node: Node): Element | null {
  const root = node.getRootNode();
  // A ShadowRoot is a document fragment with a host; no global `ShadowRoot` is needed to tell.
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
}

/**
 * Whether `el` sits inside something hidden, crossing shadow-root boundaries.
 * `extra` adds an app's own hiding classes (Salesforce's `.slds-hide`, inactive views).
 */
export function isHidden(el: Element, extra?: string): boolean {
  const selector = extra ? `${CANDIDATES},${extra}` : CANDIDATES;
  for (let current: Element | null = el; current; current = shadowHost(current)) {
    if (hiddenInTree(current, selector, extra)) return true;
  }
  return false;
}
