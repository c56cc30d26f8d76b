/**
 * Puts the overlay's parts together: badges, the card and the record panel, sharing one state.
 */

import type { FrameAction } from '../../shared/messaging/protocol/card-frame';
import type { Formatter } from '../../shared/overlay/format';
import type { Annotation, Annotations } from '../annotations';
import { type Badges, createBadges } from '../badges';
import { type CardController, type CardTarget, createCardController } from '../card-controller';
import type { PageMessenger } from '../messenger';
import { createRecordPanelController, type RecordPanelController } from '../record-panel';
import type { Timers } from '../schedule';
import { createOverlayState, type OverlayState } from '../state';
import { isEffectivelyVisible } from '../visibility';
import { focusBadge, setBadgeExpanded } from './badge';

export interface Overlay {
  state: OverlayState;
  badges: Badges;
  card: CardController;
  panel: RecordPanelController;
  /** Badges and panel follow a change of the blacklist or the summaries. */
  rerender(): void;
  /** What the user did in the card's or the panel's frame. */
  onFrameAction(action: FrameAction): void;
  destroy(): void;
}

export function createOverlay(
  fmt: Formatter,
  messenger: PageMessenger,
  timers: Timers,
  annotations: Annotations,
): Overlay {
  const state = createOverlayState();

  function targetOf(host: HTMLElement): CardTarget | undefined {
    const annotation = badges.annotationOf(host);
    const view = annotation && badges.view(annotation);
    if (!view) return undefined;
    return view.state === 'matched'
      ? { kind: 'company', companyId: view.companyIds[0]! }
      : { kind: 'ambiguous', companyIds: view.companyIds };
  }

  const badges = createBadges(state, fmt, {
    // A badge the page made invisible or clipped away opens nothing (clickjacking).
    activate(host, keyboard) {
      const target = targetOf(host);
      if (target && isEffectivelyVisible(host)) card.toggle(host, target, keyboard);
    },
    hover: (host, inside) =>
      card.hover(host, inside && isEffectivelyVisible(host) ? targetOf(host) : undefined, inside),
    dismiss: () => card.close(true),
  });

  function rerender(): void {
    for (const annotation of annotations.values()) badges.render(annotation);
    panel.update(annotations.values());
  }

  const card = createCardController({
    messenger,
    timers,
    onExpanded: setBadgeExpanded,
    focusAnchor: (anchor) => {
      if (anchor.isConnected) focusBadge(anchor);
    },
  });
  const panel = createRecordPanelController(state, badges, card, messenger);

  return {
    state,
    badges,
    card,
    panel,
    rerender,
    onFrameAction(action) {
      card.onFrameAction(action);
      panel.onFrameAction(action);
    },
    destroy() {
      card.destroy();
      panel.destroy();
      annotations.clear((annotation: Annotation) => badges.detach(annotation));
    },
  };
}
