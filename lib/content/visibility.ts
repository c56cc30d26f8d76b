/**
 * Whether the user can actually see a badge, checked when it is used: a page can make a badge
 * (nearly) invisible, or clip it away, and trick the user into clicking it (clickjacking). Effective
 * opacity multiplies along the ancestors, as the browser composites it; a clip-path or a hidden
 * ancestor hides it; scrolling boxes and the viewport must leave most of it showing.
 *
 * Not covered: an element the page lays over the badge with `pointer-events: none` (only Chromium's
 * IntersectionObserver v2 can tell, asynchronously).
 */

/** Below this effective opacity a badge counts as invisible (a dimmed row is still well above). */
const MIN_OPACITY = 0.5;
/** At least this share of the badge's box must be inside every clipping ancestor and the viewport. */
const MIN_SHOWN_SHARE = 0.5;

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** The product of `filter: opacity(…)` factors (the only filter that makes a box see-through). */
function filterOpacity(filter: string): number {
  let factor = 1;
  for (const match of filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) {
    const value = Number(match[1]);
    factor *= match[2] === '%' ? value / 100 : value;
  }
  return factor;
}

export function isEffectivelyVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?(options: object): boolean }).checkVisibility;
  if (check && !check.call(el, { visibilityProperty: true, opacityProperty: true })) return false;
  const box = el.getBoundingClientRect();
  const area = box.width * box.height;
  let [left, top, right, bottom] = [box.left, box.top, box.right, box.bottom];
  let opacity = 1;
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.visibility === 'hidden' || style.visibility === 'collapse' || style.display === 'none')
      return false;
    if (style.clipPath && style.clipPath !== 'none') return false;
    opacity *= Number(style.opacity || 1) * filterOpacity(style.filter || '');
    if (opacity < MIN_OPACITY) return false;
    if (node !== el && area > 0 && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) {
      const clip = node.getBoundingClientRect();
      [left, top, right, bottom] = [
        Math.max(left, clip.left),
        Math.max(top, clip.top),
        Math.min(right, clip.right),
        Math.min(bottom, clip.bottom),
      ];
    }
  }
  // No layout to measure (a test document): nothing more to tell.
  if (area === 0) return true;
  const shownWidth = Math.min(right, window.innerWidth) - Math.max(left, 0);
  const shownHeight = Math.min(bottom, window.innerHeight) - Math.max(top, 0);
  return shownWidth > 0 && shownHeight > 0 && (shownWidth * shownHeight) / area >= MIN_SHOWN_SHARE;
}
