/**
 * The one card on the page, in its own host at the end of `<body>`: table cells and scrolling
 * panes of the CRM would clip a card placed beside its badge. Fixed position next to the badge;
 * closes on Escape, on a click elsewhere, and (when opened by hovering) when the pointer leaves.
 */
import { contain } from './dom';
import { createHost } from './host';
import { LAYER_CSS, LAYER_HOST } from './styles';

export interface CardLayer {
  /**
   * Shows `content` next to `anchor` (replacing whatever was shown). `anchor` is an element in the
   * page's tree (a badge host), so clicks on it count as inside; `placeBy` positions the card when
   * that is another element (the record panel's box inside its shadow root).
   */
  open(anchor: HTMLElement, content: Node[], options: { focus: boolean; placeBy?: Element }): void;
  /** Replaces the content of the open card, keeping its place. */
  update(content: Node[]): void;
  close(): void;
  destroy(): void;
}

export interface CardLayerEvents {
  /** Escape inside the card, or a click outside card and badge. */
  dismiss(reason: 'escape' | 'outside'): void;
  hover(inside: boolean): void;
}

const GAP = 6;
const MARGIN = 8;

export function createCardLayer(events: CardLayerEvents): CardLayer {
  const { host, root } = createHost('leady-card', LAYER_HOST, LAYER_CSS);
  const card = document.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'leady-card-title');
  card.tabIndex = -1;
  root.append(card);
  let anchor: HTMLElement | undefined;
  let placeBy: Element | undefined;

  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') events.dismiss('escape');
    // The CRM's keyboard shortcuts must not fire while the user works in the card.
    event.stopPropagation();
  });
  contain(card, ['click', 'mousedown', 'pointerdown', 'keyup', 'keypress']);
  card.addEventListener('pointerenter', () => events.hover(true));
  card.addEventListener('pointerleave', () => events.hover(false));

  const onOutside = (event: Event) => {
    if (!anchor) return;
    const path = event.composedPath();
    if (path.includes(host) || path.includes(anchor)) return;
    events.dismiss('outside');
  };
  const reposition = () => {
    if (placeBy) place(card, placeBy);
  };
  document.addEventListener('pointerdown', onOutside, true);
  window.addEventListener('scroll', reposition, { capture: true, passive: true });
  window.addEventListener('resize', reposition, { passive: true });

  return {
    open(target, content, options) {
      anchor = target;
      placeBy = options.placeBy ?? target;
      card.replaceChildren(...content);
      if (!host.isConnected) (document.body ?? document.documentElement).append(host);
      card.hidden = false;
      place(card, placeBy);
      if (options.focus) card.focus();
    },
    update(content) {
      card.replaceChildren(...content);
      if (placeBy) place(card, placeBy);
    },
    close() {
      anchor = undefined;
      placeBy = undefined;
      card.hidden = true;
      card.replaceChildren();
      host.remove();
    },
    destroy() {
      document.removeEventListener('pointerdown', onOutside, true);
      window.removeEventListener('scroll', reposition, true);
      window.removeEventListener('resize', reposition);
      host.remove();
      anchor = undefined;
    },
  };
}

/** Below the badge when it fits, else above; always inside the viewport. */
function place(card: HTMLElement, anchor: Element): void {
  // A badge removed while its card is open (blacklisted) leaves the card where it was.
  if (!anchor.isConnected) return;
  const box = anchor.getBoundingClientRect();
  const width = card.offsetWidth || 340;
  const height = card.offsetHeight || 200;
  const viewportWidth = window.innerWidth || document.documentElement.clientWidth;
  const viewportHeight = window.innerHeight || document.documentElement.clientHeight;
  const below = box.bottom + GAP;
  const top = below + height <= viewportHeight - MARGIN ? below : Math.max(MARGIN, box.top - GAP - height);
  const left = Math.min(Math.max(MARGIN, box.left), Math.max(MARGIN, viewportWidth - width - MARGIN));
  card.style.top = `${Math.round(top)}px`;
  card.style.left = `${Math.round(left)}px`;
}
