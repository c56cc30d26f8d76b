/**
 * The one card on the page, in its own host at the end of `<body>`: table cells and scrolling
 * panes of the CRM would clip a card placed beside its badge. The card itself is an extension page
 * in an iframe (card-frame.html), fixed next to the badge; closes on a click elsewhere and (when
 * opened by hovering) when the pointer leaves. Escape and × inside the frame come back as actions.
 */

import { CARD_SIZE } from '../../shared/overlay/styles';
import { createFrameHost } from './frame-host';

export interface CardLayer {
  /**
   * Shows the frame at `src` next to `anchor` (replacing whatever was shown). `anchor` is an element
   * in the page's tree (a badge host), so clicks on it count as inside; `placeBy` positions the card
   * when that is another element (the record panel's frame inside its shadow root).
   */
  open(anchor: HTMLElement, src: string, options: { focus: boolean; placeBy?: Element; title: string }): void;
  close(): void;
  destroy(): void;
}

export interface CardLayerEvents {
  /** A click outside card and badge. */
  dismiss(): void;
  hover(inside: boolean): void;
}

const GAP = 6;
const MARGIN = 8;

export function createCardLayer(events: CardLayerEvents): CardLayer {
  const layer = createFrameHost('leady-card', 'card');
  const { host } = layer;
  let anchor: HTMLElement | undefined;
  let placeBy: Element | undefined;

  const onOutside = (event: Event) => {
    // The page's own synthetic events do not close the card.
    if (!anchor || !event.isTrusted) return;
    const path = event.composedPath();
    if (path.includes(host) || path.includes(anchor)) return;
    events.dismiss();
  };
  const reposition = () => {
    const frame = layer.frame();
    if (placeBy && frame) place(frame, placeBy);
  };
  document.addEventListener('pointerdown', onOutside, true);
  window.addEventListener('scroll', reposition, { capture: true, passive: true });
  window.addEventListener('resize', reposition, { passive: true });

  return {
    open(target, src, options) {
      anchor = target;
      placeBy = options.placeBy ?? target;
      const frame = layer.show(src, { title: options.title });
      frame.addEventListener('pointerenter', (event) => event.isTrusted && events.hover(true));
      frame.addEventListener('pointerleave', (event) => event.isTrusted && events.hover(false));
      place(frame, placeBy);
      // Keyboard users land in the card. Focus given to the frame before its page has loaded stays on
      // the element, so it is given once the page is there; the page hands it to its dialog.
      if (options.focus) frame.addEventListener('load', () => frame.focus(), { once: true });
    },
    close() {
      anchor = undefined;
      placeBy = undefined;
      layer.hide();
    },
    destroy() {
      document.removeEventListener('pointerdown', onOutside, true);
      window.removeEventListener('scroll', reposition, true);
      window.removeEventListener('resize', reposition);
      layer.hide();
      anchor = undefined;
    },
  };
}

/** Below the badge when it fits, else above; always inside the viewport. */
function place(card: HTMLElement, anchor: Element): void {
  // A badge removed while its card is open (blacklisted) leaves the card where it was.
  if (!anchor.isConnected) return;
  const box = anchor.getBoundingClientRect();
  const width = card.offsetWidth || CARD_SIZE.width;
  const height = card.offsetHeight || CARD_SIZE.height;
  const viewportWidth = window.innerWidth || document.documentElement.clientWidth;
  const viewportHeight = window.innerHeight || document.documentElement.clientHeight;
  const below = box.bottom + GAP;
  const top = below + height <= viewportHeight - MARGIN ? below : Math.max(MARGIN, box.top - GAP - height);
  const left = Math.min(Math.max(MARGIN, box.left), Math.max(MARGIN, viewportWidth - width - MARGIN));
  card.style.top = `${Math.round(top)}px`;
  card.style.left = `${Math.round(left)}px`;
}
