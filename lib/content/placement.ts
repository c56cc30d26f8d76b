/**
 * Where a badge goes relative to the element a scanner found. Beside it, but never inside a link or
 * button (a click on the badge would follow the link), never as a child of a form control, and
 * inside table cells, list items and headings so it stays on the same line as the name.
 */

const INTERACTIVE = 'a[href], button, label, [role="link"], [role="button"]';
const CONTROLS = new Set(['input', 'textarea', 'select']);
const CONTAINERS = new Set(['td', 'th', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'p']);

export function placeHost(anchor: Element, host: Element): void {
  const interactive = anchor.closest(INTERACTIVE);
  if (interactive) interactive.after(host);
  else if (CONTROLS.has(anchor.localName)) anchor.after(host);
  else if (CONTAINERS.has(anchor.localName)) anchor.append(host);
  else anchor.after(host);
}
