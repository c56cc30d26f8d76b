/**
 * The card's behaviour on the page: opened by click, keyboard or hover (with a short delay, and
 * closed again when the pointer leaves unless it was clicked). What the card shows is drawn by its
 * own frame (lib/extension-pages/card-frame/), which the page cannot read: this side asks the background for a
 * ticket naming the company, places the frame, and follows the frame's Escape and ×.
 */

import type { FrameAction, FrameTarget } from '../shared/messaging/protocol/card-frame';
import type { PageMessenger } from './messenger';
import { createCardLayer } from './overlay/card-layer';
import type { Timers } from './schedule';

const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 300;

export type CardTarget = FrameTarget;

interface OpenCard {
  anchor: HTMLElement;
  target: CardTarget;
  pinned: boolean;
  /** The frame's ticket, once the background issued it. */
  ticket?: string;
}

export interface CardController {
  open(
    anchor: HTMLElement,
    target: CardTarget,
    options: { pinned: boolean; focus: boolean; placeBy?: Element },
  ): void;
  /** Click or Enter on a badge: opens its card, or closes it when it is already open and pinned. */
  toggle(anchor: HTMLElement, target: CardTarget, keyboard: boolean): void;
  hover(anchor: HTMLElement, target: CardTarget | undefined, inside: boolean): void;
  close(returnFocus: boolean): void;
  /** The card's frame reported what the user did (Escape or ×). */
  onFrameAction(action: FrameAction): void;
  /** The company the open card is about (none for an ambiguous match). */
  companyId(): number | undefined;
  destroy(): void;
}

export interface CardDeps {
  messenger: PageMessenger;
  timers: Timers;
  /** The card opened or closed for a badge (aria-expanded). */
  onExpanded(anchor: HTMLElement, expanded: boolean): void;
  /** Focus back to the badge after Escape. */
  focusAnchor(anchor: HTMLElement): void;
}

export function createCardController(deps: CardDeps): CardController {
  const { messenger, timers } = deps;
  let card: OpenCard | undefined;
  let hoverTimer: number | undefined;

  const layer = createCardLayer({
    dismiss: () => controller.close(false),
    hover: (inside) => (inside ? clearHover() : scheduleHoverClose()),
  });

  function clearHover(): void {
    if (hoverTimer !== undefined) clearTimeout(hoverTimer);
    hoverTimer = undefined;
  }

  function scheduleHoverClose(): void {
    clearHover();
    if (card && !card.pinned) hoverTimer = timers.setTimeout(() => controller.close(false), HOVER_CLOSE_MS);
  }

  const controller: CardController = {
    open(anchor, target, options) {
      clearHover();
      if (card && card.anchor !== anchor) deps.onExpanded(card.anchor, false);
      layer.close();
      const opened: OpenCard = { anchor, target, pinned: options.pinned };
      card = opened;
      deps.onExpanded(anchor, true);
      messenger.frameOpen({ kind: 'card', target }).then(
        ({ ticket }) => {
          if (card !== opened) return;
          opened.ticket = ticket;
          layer.open(anchor, messenger.frameUrl(ticket), { ...options, title: 'Leady' });
        },
        // No background to ask (the extension was reloaded): there is no card to show.
        () => {
          if (card === opened) controller.close(false);
        },
      );
    },
    toggle(anchor, target, keyboard) {
      if (card?.anchor === anchor && card.pinned) return controller.close(keyboard);
      if (card?.anchor === anchor) {
        card.pinned = true;
        clearHover();
        return;
      }
      controller.open(anchor, target, { pinned: true, focus: keyboard });
    },
    hover(anchor, target, inside) {
      clearHover();
      if (!inside) return scheduleHoverClose();
      if (card?.anchor === anchor || !target) return;
      hoverTimer = timers.setTimeout(() => {
        if (!card?.pinned) controller.open(anchor, target, { pinned: false, focus: false });
      }, HOVER_OPEN_MS);
    },
    close(returnFocus) {
      clearHover();
      if (!card) return;
      const { anchor } = card;
      card = undefined;
      layer.close();
      deps.onExpanded(anchor, false);
      if (returnFocus) deps.focusAnchor(anchor);
    },
    onFrameAction(action) {
      if (card?.ticket !== undefined && action.ticket === card.ticket && action.action === 'close') {
        controller.close(true);
      }
    },
    companyId: () => (card?.target.kind === 'company' ? card.target.companyId : undefined),
    destroy() {
      clearHover();
      card = undefined;
      layer.destroy();
    },
  };
  return controller;
}
