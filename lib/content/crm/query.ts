/**
 * Selector alternatives and the few ways adapters query with them. Each selector is an array tried
 * in order (new UI first, older UI after): the first alternative that finds a visible element wins,
 * so one release renaming a hook degrades to the fallback instead of to nothing.
 */
import { isHidden } from './visibility';

/** CSS selector alternatives, tried in order. */
export type Selector = readonly [string, ...string[]];

export interface ScopeOptions {
  /** App-specific hiding selector added to the attribute checks of `isHidden`. */
  hidden?: string;
  /** Look into open shadow roots when an alternative finds nothing in the light DOM. */
  deep?: boolean;
}

/** Visible-element queries below one root; one `querySelectorAll` per alternative tried. */
export interface Scope {
  readonly root: ParentNode;
  /**
   * Every visible match of the first alternative that has one. `skip` drops elements before the
   * visibility check (already handled ones), so they cost nothing.
   */
  all(selector: Selector, skip?: (el: Element) => boolean): Element[];
  /** The first visible match of the first alternative that has one. */
  first(selector: Selector): Element | undefined;
  isHidden(el: Element): boolean;
}

/** Open shadow roots below `root`, and `root`'s own when it is a host. */
function shadowRootsOf(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: ParentNode): void => {
    for (const el of node.querySelectorAll('*')) {
      const shadow = el.shadowRoot;
      if (shadow) {
        found.push(shadow);
        visit(shadow);
      }
    }
  };
  const own = (root as Partial<Element>).shadowRoot;
  if (own) {
    found.push(own);
    visit(own);
  }
  visit(root);
  return found;
}

export function createScope(root: ParentNode, options: ScopeOptions = {}): Scope {
  // Walking the whole tree for shadow roots is done at most once per scope, and only on a miss.
  let shadowRoots: ShadowRoot[] | undefined;
  const hidden = (el: Element) => isHidden(el, options.hidden);
  const matches = (alternative: string): Element[] => {
    const light = Array.from(root.querySelectorAll(alternative));
    if (light.length > 0 || !options.deep) return light;
    shadowRoots ??= shadowRootsOf(root);
    return shadowRoots.flatMap((shadow) => Array.from(shadow.querySelectorAll(alternative)));
  };
  return {
    root,
    isHidden: hidden,
    all(selector, skip) {
      for (const alternative of selector) {
        const visible = matches(alternative).filter((el) => !skip?.(el) && !hidden(el));
        if (visible.length > 0) return visible;
      }
      return [];
    },
    first(selector) {
      for (const alternative of selector) {
        const el = matches(alternative).find((candidate) => !hidden(candidate));
        if (el) return el;
      }
      return undefined;
    },
  };
}

/**
 * First match inside an element already known to be visible (a row, a field, a card): a cheap
 * `querySelector` per alternative, never a document-wide query. With `deep`, an alternative that
 * misses in the light DOM is retried inside the open shadow roots below `root`.
 */
export function firstIn(root: ParentNode, selector: Selector, deep = false): Element | undefined {
  let shadowRoots: ShadowRoot[] | undefined;
  for (const alternative of selector) {
    const el = root.querySelector(alternative);
    if (el) return el;
    if (!deep) continue;
    shadowRoots ??= shadowRootsOf(root);
    for (const shadow of shadowRoots) {
      const inside = shadow.querySelector(alternative);
      if (inside) return inside;
    }
  }
  return undefined;
}

/** Every match inside an element already known to be visible, for the first alternative that has any. */
export function allIn(root: ParentNode, selector: Selector): Element[] {
  for (const alternative of selector) {
    const found = root.querySelectorAll(alternative);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}
