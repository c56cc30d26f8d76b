/**
 * The overlay's only way to build DOM: elements with attributes and text children. Text goes in as
 * text nodes, never as markup, so a company named `<img onerror=…>` stays a string on screen, and
 * without bidi overrides, so a name cannot reorder what is shown with it (lib/shared/i18n/bidi.ts).
 */
import { clip } from '../clip';
import { stripBidiOverrides } from '../i18n/bidi';

export type Child = Node | string | false | null | undefined;

/** Longest text shown from one value; a 10,000-character name must not become a 10,000-character card. */
const MAX_SHOWN = 400;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs)
    for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    el.append(
      typeof child === 'string' ? document.createTextNode(clip(stripBidiOverrides(child), MAX_SHOWN)) : child,
    );
  }
  return el;
}

/** A button whose click (or Enter/Space) runs `action` and goes no further into the page. */
export function button(
  label: string,
  action: () => void,
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  const el = h('button', { type: 'button', ...attrs }, label);
  el.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    action();
  });
  return el;
}

/** Keeps the page's own handlers (row clicks, keyboard shortcuts) from seeing our events. */
export function contain(target: EventTarget, types: readonly string[]): void {
  for (const type of types) target.addEventListener(type, (event) => event.stopPropagation());
}
