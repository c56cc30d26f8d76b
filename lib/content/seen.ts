/**
 * Whether the user can see an element, judged from layout and computed style. Only what the user
 * sees is matched and badged: a page could otherwise plant rows hidden by CSS and read, from which
 * of them get badges, which names are Leady's visitors (issue 12's visitor oracle: 33 of 40 found).
 *
 * The attribute check of lib/content/crm/visibility.ts stays (it is what readers use on saved pages); this
 * one adds what only a rendered page tells: display and visibility anywhere up the tree
 * (`checkVisibility`), near-zero opacity compounded over ancestors, a box too small to read, a box
 * clipped away (`clip`, `clip-path`, an `overflow: hidden` ancestor it lies outside of), and a
 * position no scrolling reaches. `aria-hidden` alone hides nothing from a sighted user.
 *
 * One judge per scan: styles and ancestor boxes are read once per element and shared by every row.
 */

/** Narrower or lower than this (CSS px) is not readable: the "visually hidden" pattern is 1 px. */
const MIN_SIDE = 4;
/** Compounded opacity under this is invisible to the eye. */
const MIN_OPACITY = 0.1;

interface Styled {
  opacity: number;
  /** This element or an ancestor clips everything away. */
  clippedAway: boolean;
  /** Ancestors (and itself) with `overflow` hidden or clip: content outside their box is not shown. */
  clippers: readonly Element[];
}

export type SeenJudge = (el: Element) => boolean;

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
}

/** `clip-path` that leaves nothing: inset by half or more, a zero circle or ellipse. */
const EMPTY_CLIP_PATH = /^(?:inset\(\s*(?:[5-9]\d(?:\.\d+)?|100)%|(?:circle|ellipse)\(\s*0(?:px|%)?[\s)])/;

function clipsAway(style: CSSStyleDeclaration): boolean {
  if (EMPTY_CLIP_PATH.test(style.clipPath)) return true;
  const clip = /^rect\(([^)]*)\)$/.exec(style.clip);
  if (!clip) return false;
  const [top, right, bottom, left] = clip[1]!.split(/[\s,]+/).map((part) => Number.parseFloat(part));
  return bottom! - top! < MIN_SIDE || right! - left! < MIN_SIDE;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
}

/**
 * A scrolling container's content is reachable whatever clips it from above (rows of a long list
 * below the fold); `html` and `body` clip only what the page-extent check already rules out.
 */
function clippersBelow(el: Element, overflow: string, above: readonly Element[]): readonly Element[] {
  if (/auto|scroll/.test(overflow)) return [];
  if (!/hidden|clip/.test(overflow) || el === el.ownerDocument.documentElement || el.localName === 'body') {
    return above;
  }
  return [...above, el];
}

export function seenByUser(doc: Document = document): SeenJudge {
  const view = doc.defaultView!;
  const styled = new Map<Element, Styled>();
  const boxes = new Map<Element, DOMRect>();
  const root = doc.documentElement;
  const pageWidth = Math.max(root.scrollWidth, view.innerWidth);
  const pageHeight = Math.max(root.scrollHeight, view.innerHeight);

  const box = (el: Element): DOMRect => {
    let rect = boxes.get(el);
    if (!rect) {
      rect = el.getBoundingClientRect();
      boxes.set(el, rect);
    }
    return rect;
  };

  function styleOf(el: Element): Styled {
    const known = styled.get(el);
    if (known) return known;
    const parent = parentOf(el);
    const above: Styled = parent ? styleOf(parent) : { opacity: 1, clippedAway: false, clippers: [] };
    const style = view.getComputedStyle(el);
    const overflow = `${style.overflowX} ${style.overflowY}`;
    const result: Styled = {
      opacity: above.opacity * Number(style.opacity || 1),
      clippedAway: above.clippedAway || clipsAway(style),
      clippers: clippersBelow(el, overflow, above.clippers),
    };
    styled.set(el, result);
    return result;
  }

  return (el) => {
    if (!el.isConnected) return false;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const rect = box(el);
    if (rect.width < MIN_SIDE || rect.height < MIN_SIDE) return false;
    // Scrolling reaches from the page's top-left corner to its scroll size, nothing beyond.
    const left = rect.left + view.scrollX;
    const top = rect.top + view.scrollY;
    if (left + rect.width <= 0 || top + rect.height <= 0 || left >= pageWidth || top >= pageHeight)
      return false;
    const { opacity, clippedAway, clippers } = styleOf(el);
    if (opacity < MIN_OPACITY || clippedAway) return false;
    return clippers.every((clipper) => clipper === el || overlaps(rect, box(clipper)));
  };
}
