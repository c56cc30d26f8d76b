/**
 * The badge placed beside a matched company or person: a focusable button in its own host. The host
 * carries `data-leady-company` (space-separated candidate ids when ambiguous), `data-leady-person`
 * and `data-leady-state`, so the page's own tooling and our tests can find it without the shadow root.
 */
import { contain, h } from '../../shared/overlay/dom';
import { BADGE_CSS, BADGE_HOST } from '../../shared/overlay/styles';
import { createHost } from './host';

export interface BadgeView {
  state: 'matched' | 'ambiguous';
  /** The matched company, or the candidates of an ambiguous match. */
  companyIds: number[];
  personId?: number;
  /** Visits in the last 30 days (matched only). */
  count?: number;
  /**
   * Accessible name and tooltip: plain text, set as an attribute. The least a badge needs (what it
   * is and the visit count it shows); names and times are for the card, which the page cannot read.
   */
  label: string;
}

export interface BadgeEvents {
  /** Click, Enter or Space; `keyboard` when no pointer was involved (focus moves into the card). */
  activate(host: HTMLElement, keyboard: boolean): void;
  hover(host: HTMLElement, inside: boolean): void;
  /** Escape while the badge has focus. */
  dismiss(): void;
}

interface BadgeParts {
  button: HTMLButtonElement;
  /**
   * The count (or '?') after the mark, drawn from its `data-n` by CSS: generated content is not
   * text a page script can find (window.find) or select inside the closed shadow root.
   */
  count: HTMLSpanElement;
}

const parts = new WeakMap<HTMLElement, BadgeParts>();

/**
 * The badge's inner markup, built once and cloned for each badge: a 500-row list gets 500 of
 * them, and one deep clone costs a fraction of creating and attributing its three elements anew.
 */
let prototype: HTMLSpanElement | undefined;

function badgeContent(): { wrap: HTMLSpanElement } & BadgeParts {
  prototype ??= h(
    'span',
    null,
    h(
      'button',
      { type: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' },
      h('span', { class: 'm', 'aria-hidden': 'true' }),
      h('span', { class: 'n', 'aria-hidden': 'true' }),
    ),
  );
  const wrap = prototype.cloneNode(true) as HTMLSpanElement;
  const button = wrap.firstElementChild as HTMLButtonElement;
  return { wrap, button, count: button.lastElementChild as HTMLSpanElement };
}

export function createBadge(view: BadgeView, events: BadgeEvents): HTMLElement {
  const { host, root } = createHost('leady-badge', BADGE_HOST, BADGE_CSS);
  const { wrap, button: el, count } = badgeContent();
  // Click is always listened to: assistive technology may click a button it never focused.
  el.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    // Only the user's own click or key opens a card: never one a page script made up.
    if (event.isTrusted) events.activate(host, event.detail === 0);
  });
  // Everything else waits for the pointer or the focus to arrive: before that no other event can
  // reach the badge, and a 500-row list would otherwise register thousands of listeners up front.
  // Registered while pointerover is dispatched, pointerenter still sees the same move (it follows).
  const arm = () => {
    host.removeEventListener('pointerover', arm);
    host.removeEventListener('focusin', arm);
    armBadge(host, el, events);
  };
  host.addEventListener('pointerover', arm);
  host.addEventListener('focusin', arm);
  root.append(wrap);
  parts.set(host, { button: el, count });
  updateBadge(host, view);
  return host;
}

function armBadge(host: HTMLElement, el: HTMLButtonElement, events: BadgeEvents): void {
  el.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.isTrusted) events.dismiss();
    event.stopPropagation();
  });
  el.addEventListener('pointerenter', (event) => event.isTrusted && events.hover(host, true));
  el.addEventListener('pointerleave', (event) => event.isTrusted && events.hover(host, false));
  contain(el, ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keyup', 'keypress', 'dblclick']);
}

export function updateBadge(host: HTMLElement, view: BadgeView): void {
  const badge = parts.get(host);
  if (!badge) return;
  const el = badge.button;
  host.setAttribute('data-leady-state', view.state);
  host.setAttribute('data-leady-company', view.companyIds.join(' '));
  if (view.personId === undefined) host.removeAttribute('data-leady-person');
  else host.setAttribute('data-leady-person', String(view.personId));
  el.parentElement?.setAttribute('class', view.state);
  el.setAttribute('aria-label', view.label);
  el.setAttribute('title', view.label);
  badge.count.setAttribute('data-n', shownCount(view));
}

/** What fits the badge's fixed box (three characters); the label keeps the exact figure. */
const MAX_SHOWN_COUNT = 99;

function shownCount(view: BadgeView): string {
  if (view.state === 'ambiguous') return '?';
  const count = view.count ?? 0;
  return count > MAX_SHOWN_COUNT ? `${MAX_SHOWN_COUNT}+` : String(count);
}

export function setBadgeExpanded(host: HTMLElement, expanded: boolean): void {
  parts.get(host)?.button.setAttribute('aria-expanded', String(expanded));
}

export function focusBadge(host: HTMLElement): void {
  parts.get(host)?.button.focus();
}
